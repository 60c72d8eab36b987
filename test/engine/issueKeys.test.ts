// Every configuration issue has a message key the designer translates: the designer's English catalog holds each key
// with the engine's own English template, and broken fixtures produce only keys whose template gives their message.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessage, formatIssue, issueMessages, loadDeployment, type Issue, type IssueKey, type StateSource } from '@suraksha/engine';
import { files, minimalSource, plugins, repoRoot, withJson, withText } from '../support/fixture';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const catalogDir = join(repoRoot, 'designer/src/issues/i18n');
const english = flatten(JSON.parse(readFileSync(join(catalogDir, 'en.json'), 'utf8')));

/** Asserts an issue's key is known to engine and designer and that its message is the key's template filled in. */
function expectTranslatable(issue: Issue): void {
  expect(issue.key in issueMessages, `${formatIssue(issue)}: key ${issue.key}`).toBe(true);
  expect(english[`issue.${issue.key}`], `${formatIssue(issue)}: designer catalog`).toBeDefined();
  expect(issue.message).toBe(englishMessage(issue.key as IssueKey, issue.params));
  const detailKey = issue.params?.detailKey;
  if (detailKey !== undefined) {
    expect(english[`issue.${detailKey}`], `${formatIssue(issue)}: detail key ${detailKey}`).toBeDefined();
    expect(englishMessage(detailKey as IssueKey, issue.params)).toBe(issue.params?.detail);
  }
  for (const value of Object.values(issue.params ?? {})) expect(['string', 'number']).toContain(typeof value);
}

function issuesOf(source: StateSource): Issue[] {
  const result = loadDeployment(source, { plugins });
  expect(result.ok).toBe(false);
  return result.issues;
}

/** One broken variant per kind of mistake, across every file kind; each must produce at least one issue. */
const broken: Record<string, () => StateSource> = {
  emptyFile: () => withText(minimalSource(), files.sir, ''),
  syntax: () => withText(minimalSource(), files.manifest, '{\n  "code": "TL",\n}\n'),
  unclosed: () => withText(minimalSource(), files.manifest, '{ "code": "TL"'),
  misplaced: () => withText(minimalSource(), 'form-definitions/testland/extra/notes.json', '{}'),
  structure: () =>
    withJson(minimalSource(), files.intake, (v) => {
      v.version = 'one';
      v.colour = 'blue';
      delete v.$schema;
      v.schema.properties.child.properties.name.type = 'text';
      v.schema.properties.child.properties.name.maxLength = -1;
    }),
  manifest: () =>
    withJson(minimalSource(), files.manifest, (v) => {
      v.districts.push({ ...v.districts[0] });
      v.offices[0].district = 'NOWHERE';
      v.recordTypes[0].workflow = 'cncpp';
      v.recordTypes[0].forms.push('intak');
      v.recordTypes[0].createForm = 'nothing';
      v.plugins = ['casenumbers'];
    }),
  forms: () =>
    withJson(minimalSource(), files.intake, (v) => {
      const props = v.schema.properties.child.properties;
      delete props.name.title;
      props.name.pattern = '(';
      v.schema.properties.child.required = ['nmae'];
      v.rules = [{ id: 'r1', when: { field: 'child.nothing', equals: 'x' } }];
      v.uischema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/missing' }] };
    }),
  workflow: () =>
    withJson(minimalSource(), files.workflow, (v) => {
      v.machine.initial = 'intak';
      v.events.UNUSED = { label: v.events[Object.keys(v.events)[0]!].label };
      const first = Object.keys(v.machine.states)[0]!;
      v.machine.states[first].on = { ...(v.machine.states[first].on ?? {}), NOPE: { target: 'nowhere' } };
      v.machine.states.lonely = { meta: { label: v.machine.states[first].meta.label } };
    }),
  roles: () =>
    withJson(minimalSource(), files.roles, (v) => {
      const [id] = Object.keys(v.roles);
      v.roles[id!].rules.push({ action: 'read', subject: 'record', fields: ['nothing.here'], conditions: { distrct: '${user.station}' } });
    }),
  translations: () =>
    withJson(minimalSource(), files.hi, (v) => {
      v.language = 'bn';
      delete v.messages['validation.required'];
    }),
  scenario: () =>
    withJson(minimalSource(), files.scenario, (v) => {
      const [user] = Object.keys(v.users);
      v.users[user!].district = 'XX';
      v.users[user!].roles.push('chief');
      v.steps[0].as = 'nobody';
      v.steps.push({ do: 'fire', as: user, event: 'NOPE' });
    }),
  actionParams: () =>
    withJson(minimalSource(), files.workflow, (w) => {
      w.machine.states.inquiry.on.ORDER_SIR.actions[0].params.after = '15 days';
      w.machine.states.inquiry.on.ORDER_SIR.actions[0].params.colour = 'red';
    }),
  noRoles: () => ({ ...minimalSource(), files: minimalSource().files.filter((f) => f.path !== files.roles) }),
  noManifest: () => ({ ...minimalSource(), files: minimalSource().files.filter((f) => f.path !== files.manifest) }),
};

describe('configuration issue keys', () => {
  it('the designer English catalog has every engine key with the same English text', () => {
    const toI18next = (template: string) => template;
    for (const [key, template] of Object.entries(issueMessages)) expect(english[`issue.${key}`], key).toBe(toI18next(template));
  });

  it('every key the engine sources name exists in the message table', () => {
    const dir = join(repoRoot, 'engine/src/config');
    const sources = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'checks')).map((f) => join(dir, 'checks', f))].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const named = sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:json|structure|file|compile|manifest|matching|form|roles|scenario|reference|translations|workflow)\.[A-Za-z.]+)'/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(80);
    expect(named.filter((key) => !(key in issueMessages))).toEqual([]);
  });

  it.each(Object.keys(broken))('%s: every issue carries a translatable key and params', (name) => {
    const issues = issuesOf(broken[name]!());
    expect(issues.length).toBeGreaterThan(0);
    issues.forEach(expectTranslatable);
  });

  it('an Ajv detail of a parameter carries its own key, so it is translated too', () => {
    const issues = issuesOf(broken.actionParams!());
    const pattern = issues.find((i) => i.pointer.endsWith('/params/after'))!;
    expect(pattern).toMatchObject({ key: 'workflow.actionBadParam', params: { name: 'setDeadline', path: '/after', detailKey: 'structure.patternOf' } });
    expect(issues.find((i) => i.key === 'workflow.actionUnknownParam')?.params).toEqual({ name: 'setDeadline', param: 'colour' });
  });

  it('a suggestion is a param, and the English message still ends with "Did you mean"', () => {
    const issues = issuesOf(withJson(minimalSource(), files.workflow, (v) => (v.machine.initial = 'intak')));
    const initial = issues.find((i) => i.key === 'workflow.unknownInitial')!;
    expect(initial.params).toEqual({ stage: 'intak', suggestion: 'intake' });
    expect(initial.message).toBe('initial stage "intak" does not exist. Did you mean "intake"?');
  });
});
