// Workflow edits on Gujarat's real configuration, checked by the engine itself: an edited draft must still load cleanly.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDeployment, type Issue } from '@suraksha/engine';
import { caseNumbersPlugin } from '@suraksha/plugin-case-numbers';
import { matchingPlugin } from '@suraksha/plugin-matching';
import { alertsPlugin } from '@suraksha/plugin-alerts';
import { reportsPlugin } from '@suraksha/plugin-reports';
import type { ConfigFiles } from '../draft/types.ts';
import { analyzeWorkflow } from './analyzeWorkflow.ts';
import { stagesOf, transitionsOf, type RolesFile, type TranslationsFile, type WorkflowConfig } from './model.ts';
import { rolesFiring } from './roleRules.ts';
import {
  DraftEdit, addStage, addTransition, deleteStage, deleteTransition, removeAction, renameStage, saveDeadline, setFireRole, setStageFinal, setStageLabel, updateTransition,
} from './workflowEdits.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.json') ? [path] : [];
  });
}

/** Gujarat's configuration as the designer holds it: repository path → parsed JSON. */
function gujarat(): ConfigFiles {
  const files: Record<string, unknown> = {};
  for (const path of [...walk(join(root, 'form-definitions/gujarat')), ...walk(join(root, 'workflows/gujarat'))]) {
    files[relative(root, path)] = JSON.parse(readFileSync(path, 'utf8'));
  }
  return files;
}

function issuesOf(files: ConfigFiles): Issue[] {
  const result = loadDeployment(
    { slug: 'gujarat', files: Object.entries(files).filter(([, v]) => v !== undefined).map(([path, value]) => ({ path, text: JSON.stringify(value, null, 2) })) },
    { plugins: [caseNumbersPlugin, matchingPlugin, alertsPlugin, reportsPlugin] },
  );
  return result.issues;
}

const cncpPath = 'workflows/gujarat/cncp.json';

/** Applies edits like the designer does (one DraftEdit, then its changes merged into the files). */
function edit(files: ConfigFiles, path: string, fn: (d: DraftEdit) => void): ConfigFiles {
  const d = new DraftEdit(files, 'gujarat', path);
  fn(d);
  return { ...files, ...d.changes };
}

describe('workflow edits', () => {
  const start = gujarat();

  it('starts from a configuration the engine accepts', () => {
    expect(issuesOf(start)).toEqual([]);
  });

  it('adds a stage with its names in every language and connects it; the engine and the analysis find nothing', () => {
    let files = edit(start, cncpPath, (d) => addStage(d, { id: 'committeeReview', labels: { gu: 'સમિતિ સમીક્ષા', hi: 'समिति समीक्षा', en: 'Committee review' }, final: false }));
    expect((files['form-definitions/gujarat/i18n/gu.json'] as TranslationsFile).messages['stage.committeeReview']).toBe('સમિતિ સમીક્ષા');
    expect(issuesOf(files).map((i) => i.code).sort()).toEqual(['deadEnd', 'unreachableStage']);
    files = edit(files, cncpPath, (d) => {
      addTransition(d, 'sirSubmitted', { event: 'SEND_TO_COMMITTEE', target: 'committeeReview', labels: { gu: 'સમિતિને મોકલો', hi: 'समिति को भेजें', en: 'Send to the committee' } });
      setFireRole(d, 'cwcMember', 'SEND_TO_COMMITTEE', true);
      addTransition(d, 'committeeReview', { event: 'PASS_FINAL_ORDER', target: 'finalOrderPassed' });
    });
    expect(issuesOf(files)).toEqual([]);
    expect(analyzeWorkflow(files[cncpPath] as WorkflowConfig, files['workflows/gujarat/roles.json'] as RolesFile, ['cncp'])).toEqual([]);
    // The original files were not touched (the draft is immutable).
    expect(stagesOf(start[cncpPath] as WorkflowConfig).committeeReview).toBeUndefined();
  });

  it('renames a stage everywhere: initial, targets, roles\' stage conditions, scenarios', () => {
    const files = edit(start, cncpPath, (d) => renameStage(d, 'intake', 'reception'));
    const workflow = files[cncpPath] as WorkflowConfig;
    expect(workflow.machine.initial).toBe('reception');
    expect(JSON.stringify(files['workflows/gujarat/roles.json'])).toContain('"stage":"reception"');
    expect(issuesOf(files)).toEqual([]);
    const renamed = edit(start, cncpPath, (d) => renameStage(d, 'sirOrdered', 'sirRequested'));
    expect(transitionsOf(renamed[cncpPath] as WorkflowConfig).filter((t) => t.transition.target === 'sirRequested').length).toBeGreaterThan(1);
    expect(issuesOf(renamed)).toEqual([]);
  });

  it('deletes a stage with the transitions into it, unused events and their fire rules', () => {
    const path = 'workflows/gujarat/foundChild.json';
    const files = edit(start, path, (d) => deleteStage(d, 'matched'));
    const workflow = files[path] as WorkflowConfig;
    expect(stagesOf(workflow).matched).toBeUndefined();
    expect(workflow.events.RECORD_MATCH).toBeUndefined();
    expect(workflow.events.REJECT_MATCH).toBeUndefined();
    expect(rolesFiring(files['workflows/gujarat/roles.json'] as RolesFile, 'RECORD_MATCH', ['foundChild'])).toEqual([]);
    // Left to the admin (the engine says so): matching confirms a match by firing RECORD_MATCH, and scenarios that
    // walked through the deleted stage; the designer cannot choose a replacement for them.
    expect(issuesOf(files).filter((i) => !i.file.includes('/scenarios/')).map((i) => [i.file, i.pointer])).toEqual([['form-definitions/gujarat/state.json', '/recordTypes/2/matching/onConfirm/event']]);
  });

  it('edits labels, final flag, deadlines, guards and transitions, and the engine accepts each', () => {
    let files = edit(start, cncpPath, (d) => setStageLabel(d, 'intake', { en: 'Reception', gu: 'સ્વાગત', hi: 'स्वागत' }));
    expect((files['form-definitions/gujarat/i18n/en.json'] as TranslationsFile).messages['stage.intake']).toBe('Reception');
    files = edit(files, cncpPath, (d) =>
      saveDeadline(d, { stage: 'sirSubmitted' }, undefined, { id: 'finalOrderDue', label: '', after: 'P15D', from: 'form17.production.date', roles: ['cwcMember'] }, { en: 'Final order due', gu: 'અંતિમ હુકમ બાકી', hi: 'अंतिम आदेश देय' }),
    );
    const entry = stagesOf(files[cncpPath] as WorkflowConfig).sirSubmitted!.entry!;
    expect(entry.at(-1)).toEqual({ type: 'setDeadline', params: { id: 'finalOrderDue', label: 'deadline.finalOrderDue', after: 'P15D', from: 'form17.production.date', roles: ['cwcMember'] } });
    expect(issuesOf(files)).toEqual([]);
    files = edit(files, cncpPath, (d) => removeAction(d, { stage: 'sirSubmitted' }, entry.length - 1));
    expect(stagesOf(files[cncpPath] as WorkflowConfig).sirSubmitted!.entry?.length ?? 0).toBe(entry.length - 1);

    const order = transitionsOf(files[cncpPath] as WorkflowConfig).find((t) => t.event === 'ORDER_SIR')!;
    files = edit(files, cncpPath, (d) => updateTransition(d, order, { ...order.transition, guard: { type: 'formComplete', params: { form: 'form21' } } }));
    expect(issuesOf(files)).toEqual([]);
    files = edit(files, cncpPath, (d) => updateTransition(d, order, { ...order.transition, guard: { type: 'formComplete', params: { form: 'nope' } } }));
    expect(issuesOf(files).map((i) => i.pointer)).toEqual(['/machine/states/producedBeforeCwc/on/ORDER_SIR/guard/params/form']);

    // Making a stage final drops its transitions; events no stage handles any more leave the events table.
    const final = edit(start, cncpPath, (d) => {
      setStageFinal(d, 'finalOrderPassed', true);
      deleteStage(d, 'closed');
    });
    expect(stagesOf(final[cncpPath] as WorkflowConfig).finalOrderPassed!.on).toBeUndefined();
    expect((final[cncpPath] as WorkflowConfig).events.CLOSE_CASE).toBeUndefined();
    expect(issuesOf(final).filter((i) => !i.file.includes('/scenarios/'))).toEqual([]);

    const moved = edit(start, cncpPath, (d) => {
      const t = transitionsOf(d.workflow).find((e) => e.event === 'SUBMIT_SIR')!;
      deleteTransition(d, t);
    });
    expect((moved[cncpPath] as WorkflowConfig).events.SUBMIT_SIR).toBeUndefined();
  });
});
