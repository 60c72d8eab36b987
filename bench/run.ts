// Engine benchmarks (npm run bench): form validation, transitions with permission checks, loading all states.
// Figures are printed, never asserted: the machines are shared and noisy.
import { fileURLToPath } from 'node:url';
import { createRecord, fireEvent, loadDeployment, saveForm, type CaseRecord, type Deployment, type UserContext } from '@suraksha/engine';
import { caseNumbersPlugin } from '@suraksha/plugin-case-numbers';
import { matchingPlugin } from '@suraksha/plugin-matching';
import { alertsPlugin } from '@suraksha/plugin-alerts';
import { reportsPlugin } from '@suraksha/plugin-reports';
import { listStateSlugs, readStateSource } from '@suraksha/engine/node';

const root = fileURLToPath(new URL('../', import.meta.url));
const plugins = [caseNumbersPlugin, matchingPlugin, alertsPlugin, reportsPlugin];

function measure(label: string, iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(2000, iterations / 10); i++) fn(i); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = iterations / seconds;
  console.log(`${label}: ${Math.round(rate).toLocaleString('en-IN')}/s (${((seconds / iterations) * 1e6).toFixed(1)} µs each, ${iterations.toLocaleString('en-IN')} runs)`);
  return rate;
}

function loadAll(): Deployment[] {
  return listStateSlugs(root).map((slug) => {
    const result = loadDeployment(readStateSource(root, slug), { plugins });
    if (!result.ok) throw new Error(`${slug} is invalid: ${result.issues.length} issues; run npx suraksha validate`);
    return result.deployment;
  });
}

/** The SIR data a state's scenarios save in complete mode (realistic, valid). */
function completeSir(d: Deployment): Record<string, unknown> {
  for (const s of d.scenarios) for (const step of s.steps) if (step.do === 'save' && step.form === 'form22' && step.mode === 'complete') return step.data;
  throw new Error(`${d.code} has no complete form22 in its scenarios`);
}

/** Replays a state's main cncp scenario up to the first event that succeeds with a guard, returning the record and step. */
function recordBeforeGuardedEvent(d: Deployment): { record: CaseRecord; user: UserContext; event: string; now: Date } {
  for (const scenario of d.scenarios.filter((s) => s.recordType === 'cncp')) {
    const now = new Date(scenario.start);
    let record: CaseRecord | undefined;
    const userOf = (key: string): UserContext => ({ id: key, state: d.code, ...scenario.users[key]!, roles: scenario.users[key]!.roles });
    for (const step of scenario.steps) {
      if (step.do === 'advance' || !step.as) continue;
      const actor = { deployment: d, user: userOf(step.as ?? ''), now, lang: 'en' };
      if (step.do === 'create') {
        const r = createRecord(actor, { id: 'b', recordType: 'cncp', district: step.district, ...(step.office ? { office: step.office } : {}) });
        if (r.ok) record = r.record;
      } else if (step.do === 'save' && record) {
        const r = saveForm(actor, record, step);
        if (r.ok) record = r.record;
      } else if (step.do === 'fire' && record) {
        const workflow = d.workflows.get('cncp')!;
        const guarded = workflow.transitionsFrom(record.stage, step.event).some((t) => t.guard);
        const r = fireEvent(actor, record, step.event);
        if (r.ok && guarded) return { record, user: actor.user, event: step.event, now };
        if (r.ok) record = r.record;
      }
    }
  }
  throw new Error(`${d.code}: no guarded transition found in the cncp scenarios`);
}

const started = performance.now();
const deployments = loadAll();
const loadMs = performance.now() - started;
console.log(`load and validate ${deployments.length} states (${deployments.map((d) => d.code).join(', ')}): ${loadMs.toFixed(0)} ms (first load, including JIT warm-up)`);
const again = performance.now();
loadAll();
console.log(`load and validate again: ${(performance.now() - again).toFixed(0)} ms`);

for (const d of deployments) {
  const sir = d.forms.get('form22')!;
  const data = completeSir(d);
  const now = new Date('2026-03-20T10:00:00+05:30');
  const check = sir.validate(data, { lang: d.translator.defaultLanguage, mode: 'complete', now });
  if (!check.ok) throw new Error(`${d.code} form22 sample is invalid: ${JSON.stringify(check.issues.slice(0, 3))}`);
  measure(`${d.code} validate complete Form 22 SIR (${sir.fields.length} fields)`, 50_000, () => sir.validate(data, { lang: 'en', mode: 'complete', now }));
  const invalid = { ...data, identity: { ...(data.identity as object), aadhaar: '12' } };
  measure(`${d.code} validate Form 22 with one error (translated message)`, 20_000, () => sir.validate(invalid, { lang: d.translator.defaultLanguage, mode: 'complete', now }));
  const { record, user, event, now: at } = recordBeforeGuardedEvent(d);
  measure(`${d.code} transition ${event} (guards + permission check)`, 20_000, () => {
    const r = fireEvent({ deployment: d, user, now: at, lang: 'en' }, record, event);
    if (!r.ok) throw new Error(r.message);
  });
}
