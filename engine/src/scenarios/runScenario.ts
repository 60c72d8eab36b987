import type { Deployment } from '../config/compileDeployment';
import type { UserContext } from '../permissions/createAbility';
import type { Scenario, ScenarioExpect, ScenarioStep } from '../model/scenarioSchema';
import { availableEvents } from '../records/availableEvents';
import type { CaseRecord } from '../records/CaseRecord';
import { createRecord, type Actor } from '../records/createRecord';
import { overdueDeadlines } from '../records/Effect';
import { fireEvent } from '../records/fireEvent';
import { readableFieldPaths } from '../records/projectRecord';
import type { Refusal } from '../records/Refusal';
import { saveForm } from '../records/saveForm';
import { addDuration } from '../workflows/duration';

/** The outcome of one scenario step. */
export interface StepResult {
  index: number;
  step: string;
  ok: boolean;
  failures: string[];
}

/** The outcome of a scenario: passed when every step met its expectations. */
export interface ScenarioResult {
  id: string;
  description: string;
  passed: boolean;
  steps: StepResult[];
}

interface Observation {
  ok: boolean;
  refusal?: Refusal;
  record?: CaseRecord;
  events?: string[];
  readable?: Set<string>;
  effects?: string[];
}

/** Runs a scenario against a compiled deployment, without a server: each step acts, then its expectations are checked. */
export function runScenario(deployment: Deployment, scenario: Scenario): ScenarioResult {
  let now = new Date(scenario.start);
  let record: CaseRecord | undefined;
  const steps: StepResult[] = [];
  scenario.steps.forEach((step, index) => {
    const label = describeStep(step);
    if (step.do === 'advance') {
      now = addDuration(now, step.by);
      steps.push({ index, step: label, ok: true, failures: [] });
      return;
    }
    const user = userOf(deployment, scenario, step.as ?? '');
    const actor: Actor = { deployment, user, now, lang: step.expect?.message?.lang ?? deployment.translator.defaultLanguage };
    const observed = act(actor, step, record, scenario.recordType, index);
    if (observed.record) record = observed.record;
    const failures = compare(step.expect ?? { ok: true }, observed, record, now);
    steps.push({ index, step: label, ok: failures.length === 0, failures });
  });
  return { id: scenario.id, description: scenario.description, passed: steps.every((s) => s.ok), steps };
}

function act(actor: Actor, step: ScenarioStep, record: CaseRecord | undefined, recordType: string, index: number): Observation {
  if (step.do === 'create') {
    const result = createRecord(actor, { id: `scenario-${index}`, recordType, district: step.district, ...(step.office ? { office: step.office } : {}) });
    return result.ok ? { ok: true, record: result.record, effects: result.effects.map(effectName) } : { ok: false, refusal: result };
  }
  if (!record) return { ok: false, refusal: { ok: false, code: 'notFound', key: 'refusal.notFound', message: 'no record yet: the scenario must create one first' } };
  switch (step.do) {
    case 'save': {
      const result = saveForm(actor, record, { form: step.form, data: step.data, mode: step.mode });
      return result.ok ? { ok: true, record: result.record } : { ok: false, refusal: result };
    }
    case 'fire': {
      const result = fireEvent(actor, record, step.event);
      return result.ok ? { ok: true, record: result.record, effects: result.effects.map(effectName) } : { ok: false, refusal: result };
    }
    case 'events':
      return { ok: true, events: availableEvents(actor, record).map((e) => e.event) };
    case 'read': {
      const readable = readableFieldPaths(actor.deployment, record, actor.user);
      return readable.size > 0 ? { ok: true, readable } : { ok: false, refusal: { ok: false, code: 'notFound', key: 'refusal.notFound', message: 'not readable' } };
    }
    default:
      return { ok: true };
  }
}

function compare(expect: ScenarioExpect, observed: Observation, record: CaseRecord | undefined, now: Date): string[] {
  const failures: string[] = [];
  const expectOk = expect.ok ?? (expect.code ? false : true);
  if (observed.ok !== expectOk) {
    failures.push(observed.ok ? 'expected a refusal, but the step succeeded' : `expected success, but it was refused (${observed.refusal?.code}): ${observed.refusal?.message}${issuesText(observed.refusal)}`);
  }
  if (expect.code && observed.refusal?.code !== expect.code) failures.push(`expected refusal "${expect.code}", got "${observed.refusal?.code ?? 'none'}"`);
  if (expect.message && !observed.refusal?.message.includes(expect.message.includes)) failures.push(`expected the message to include "${expect.message.includes}", got "${observed.refusal?.message ?? ''}"`);
  if (expect.stage && record?.stage !== expect.stage) failures.push(`expected stage "${expect.stage}", got "${record?.stage}"`);
  if (expect.deadlines) sameSet('open deadlines', expect.deadlines, Object.keys(record?.deadlines ?? {}), failures);
  if (expect.overdue) sameSet('overdue deadlines', expect.overdue, record ? overdueDeadlines(record, now) : [], failures);
  if (expect.events) sameSet('available events', expect.events, observed.events ?? [], failures);
  if (expect.effects) for (const e of expect.effects) if (!observed.effects?.includes(e)) failures.push(`expected effect "${e}", got ${JSON.stringify(observed.effects ?? [])}`);
  for (const path of expect.hidden ?? []) if (observed.readable?.has(path)) failures.push(`expected "${path}" to be hidden, but it is readable`);
  for (const path of expect.visible ?? []) if (!observed.readable?.has(path)) failures.push(`expected "${path}" to be readable, but it is hidden`);
  if (expect.issues) sameSet('validation issues', expect.issues, (observed.refusal?.issues ?? []).map((i) => i.pointer), failures);
  return failures;
}

function sameSet(what: string, expected: string[], actual: string[], failures: string[]): void {
  const a = [...new Set(actual)].sort();
  const e = [...new Set(expected)].sort();
  if (JSON.stringify(a) !== JSON.stringify(e)) failures.push(`expected ${what} ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
}

function issuesText(refusal: Refusal | undefined): string {
  return refusal?.issues?.length ? ` [${refusal.issues.map((i) => `${i.pointer}: ${i.message}`).join('; ')}]` : '';
}

function effectName(effect: { type: string; action?: string }): string {
  return effect.type === 'plugin' ? effect.action! : effect.type;
}

function userOf(deployment: Deployment, scenario: Scenario, key: string): UserContext {
  const u = scenario.users[key];
  return { id: key, state: u?.state ?? deployment.code, roles: u?.roles ?? [], ...(u?.district ? { district: u.district } : {}), ...(u?.office ? { office: u.office } : {}) };
}

function describeStep(step: ScenarioStep): string {
  const who = step.as ? `${step.as}: ` : '';
  switch (step.do) {
    case 'save':
      return `${who}save ${step.form} (${step.mode})`;
    case 'fire':
      return `${who}fire ${step.event}`;
    case 'advance':
      return `advance ${step.by}`;
    case 'create':
      return `${who}create in ${step.district}`;
    default:
      return `${who}${step.do}`;
  }
}
