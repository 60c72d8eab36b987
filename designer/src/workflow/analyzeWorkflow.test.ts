// The workflow analysis on the three real states and on drawn mistakes; the fire-rule edits it relies on.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkflow } from './analyzeWorkflow.ts';
import type { ManifestFile, RolesFile, WorkflowConfig } from './model.ts';
import { pruneFireRules, removeStageFromRules, renameStageInRules, rolesFiring, setFireRule } from './roleRules.ts';

const root = new URL('../../../', import.meta.url);
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;

function state(slug: string) {
  const manifest = read<ManifestFile>(`form-definitions/${slug}/state.json`);
  const roles = read<RolesFile>(`workflows/${slug}/roles.json`);
  const workflows = readdirSync(new URL(`workflows/${slug}/`, root))
    .filter((f) => f.endsWith('.json') && f !== 'roles.json')
    .map((f) => read<WorkflowConfig>(`workflows/${slug}/${f}`));
  const recordTypes = (id: string) => manifest.recordTypes.filter((rt) => rt.workflow === id).map((rt) => rt.id);
  return { manifest, roles, workflows, recordTypes };
}

const cncp = (): WorkflowConfig => read<WorkflowConfig>('workflows/gujarat/cncp.json');

describe('analyzeWorkflow', () => {
  for (const slug of ['gujarat', 'jharkhand', 'west-bengal']) {
    it(`finds nothing wrong in the workflows of ${slug}`, () => {
      const { roles, workflows, recordTypes } = state(slug);
      expect(workflows.length).toBe(3);
      for (const workflow of workflows) expect({ id: workflow.id, warnings: analyzeWorkflow(workflow, roles, recordTypes(workflow.id)) }).toEqual({ id: workflow.id, warnings: [] });
    });
  }

  it('reports a new stage as unreachable and a dead end, and neither once it is connected', () => {
    const { roles } = state('gujarat');
    const workflow = cncp();
    workflow.machine.states.review = { meta: { label: 'stage.review' } };
    expect(analyzeWorkflow(workflow, roles, ['cncp'])).toEqual([
      { code: 'unreachable', pointer: '/machine/states/review', stage: 'review' },
      { code: 'deadEnd', pointer: '/machine/states/review', stage: 'review' },
    ]);
    workflow.machine.states.review.on = { CLOSE_CASE: { target: 'closed' } };
    expect(analyzeWorkflow(workflow, roles, ['cncp']).map((w) => w.code)).toEqual(['unreachable']);
    workflow.machine.states.intake!.on!.ORDER_SIR = { target: 'review' };
    expect(analyzeWorkflow(workflow, roles, ['cncp'])).toEqual([]);
  });

  it('reports transitions to missing stages, undeclared and unused events, a final stage with transitions, a missing initial stage', () => {
    const { roles } = state('gujarat');
    const workflow = cncp();
    workflow.machine.states.intake!.on = { ...workflow.machine.states.intake!.on, ESCALATE: [{ target: 'nowhere' }] };
    workflow.events.UNUSED = { label: 'event.UNUSED' };
    workflow.machine.states.closed!.on = { PRODUCE_BEFORE_CWC: { target: 'intake' } };
    const codes = analyzeWorkflow(workflow, roles, ['cncp']);
    expect(codes).toContainEqual({ code: 'missingTarget', pointer: '/machine/states/intake/on/ESCALATE/0/target', stage: 'intake', event: 'ESCALATE', target: 'nowhere' });
    expect(codes).toContainEqual({ code: 'undeclaredEvent', pointer: '/machine/states/intake/on/ESCALATE', stage: 'intake', event: 'ESCALATE' });
    expect(codes).toContainEqual({ code: 'unfireable', pointer: '/events/ESCALATE', event: 'ESCALATE' });
    expect(codes).toContainEqual({ code: 'unusedEvent', pointer: '/events/UNUSED', event: 'UNUSED' });
    expect(codes).toContainEqual({ code: 'finalWithTransitions', pointer: '/machine/states/closed/on', stage: 'closed' });
    workflow.machine.initial = 'start';
    expect(analyzeWorkflow(workflow, roles, ['cncp'])[0]).toEqual({ code: 'missingInitial', pointer: '/machine/initial', stage: 'start' });
  });

  it('counts a fire rule only for the record types it covers', () => {
    const { roles } = state('gujarat');
    // REGISTER_FIR is fired by the police on missing-child reports only.
    expect(rolesFiring(roles, 'REGISTER_FIR', ['missingChild'])).toEqual(['police']);
    expect(rolesFiring(roles, 'REGISTER_FIR', ['cncp'])).toEqual([]);
    const workflow = cncp();
    workflow.machine.states.intake!.on!.REGISTER_FIR = { target: 'intake' };
    workflow.events.REGISTER_FIR = { label: 'event.REGISTER_FIR' };
    expect(analyzeWorkflow(workflow, roles, ['cncp'])).toEqual([{ code: 'unfireable', pointer: '/events/REGISTER_FIR', event: 'REGISTER_FIR' }]);
  });
});

describe('fire rules', () => {
  const all = ['cncp', 'missingChild', 'foundChild'];

  it('lets a role fire an event by adding it to its rule for the same record types, and takes it back', () => {
    const { roles } = state('gujarat');
    const allowed = setFireRule(roles, 'protectionOfficer', 'ORDER_SIR', ['cncp'], all, true);
    expect(rolesFiring(allowed, 'ORDER_SIR', ['cncp'])).toEqual(['cwcMember', 'protectionOfficer']);
    expect(allowed.roles.protectionOfficer!.rules.length).toBe(roles.roles.protectionOfficer!.rules.length);
    const back = setFireRule(allowed, 'protectionOfficer', 'ORDER_SIR', ['cncp'], all, false);
    expect(back).toEqual(roles);
  });

  it('writes a new rule with the role\'s own conditions when it has no fire rule for the record types', () => {
    const { roles } = state('gujarat');
    const next = setFireRule(roles, 'cciSuperintendent', 'RESTORE', ['foundChild'], all, true);
    expect(next.roles.cciSuperintendent!.rules.at(-1)).toEqual({ action: 'fire', subject: 'record', fields: ['RESTORE'], conditions: { district: '${user.district}', recordType: 'foundChild' } });
    expect(rolesFiring(next, 'RESTORE', ['missingChild'])).toEqual(['police', 'cwcMember']);
  });

  it('splits a rule shared with other record types instead of taking the event from them too', () => {
    const { roles } = state('gujarat');
    // The police fire PRODUCE_BEFORE_CWC on cncp and foundChild records through one rule.
    const next = setFireRule(roles, 'police', 'PRODUCE_BEFORE_CWC', ['cncp'], all, false);
    expect(rolesFiring(next, 'PRODUCE_BEFORE_CWC', ['cncp'])).toEqual(['cwcMember']);
    expect(rolesFiring(next, 'PRODUCE_BEFORE_CWC', ['foundChild'])).toEqual(['police']);
    expect(rolesFiring(roles, 'PRODUCE_BEFORE_CWC', ['foundChild'])).toEqual(['police']);
  });

  it('renames and removes stages in stage conditions of the workflow\'s record types only', () => {
    const { roles } = state('gujarat');
    const renamed = renameStageInRules(roles, 'intake', 'reception', ['cncp']);
    expect(JSON.stringify(renamed)).toContain('"stage":"reception"');
    expect(renameStageInRules(roles, 'intake', 'reception', ['foundChild'])).toBe(roles);
    // "reported" is a stage of foundChild and of missingChild: only foundChild's rules lose it.
    const removed = removeStageFromRules(roles, 'reported', ['foundChild']);
    expect(JSON.stringify(removed).match(/"stage":"reported"/g)).toHaveLength(1);
    expect(JSON.stringify(removed)).toContain('"recordType":"missingChild","stage":"reported"');
  });

  it('drops events no workflow has from fire rules', () => {
    const { roles } = state('gujarat');
    const events = new Set(['PRODUCE_BEFORE_CWC']);
    const pruned = pruneFireRules(roles, events);
    expect(rolesFiring(pruned, 'ORDER_SIR', ['cncp'])).toEqual([]);
    expect(rolesFiring(pruned, 'PRODUCE_BEFORE_CWC', ['cncp'])).toEqual(['police', 'cwcMember']);
  });
});
