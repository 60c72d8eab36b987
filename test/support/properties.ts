// Property checks that hold for every state: run on the minimal fixture and on each committed state.
import fc from 'fast-check';
import {
  availableEvents,
  createRecord,
  fireEvent,
  projectRecord,
  readableFieldPaths,
  saveForm,
  type CaseRecord,
  type Deployment,
  type UserContext,
} from '@suraksha/engine';

/** One user per role in each of two districts, plus one from another state. */
export function usersOf(deployment: Deployment): UserContext[] {
  const [d1, d2] = deployment.manifest.districts.filter((d) => !d.effectiveFrom).map((d) => d.code);
  const users: UserContext[] = [];
  for (const role of Object.keys(deployment.roles.roles)) {
    for (const district of [d1!, d2!]) {
      const office = deployment.manifest.offices.find((o) => o.district === district && (deployment.roles.roles[role]?.officeTypes ?? [o.type]).includes(o.type));
      users.push({ id: `${role}-${district}`, state: deployment.code, roles: [role], district, ...(office ? { office: office.id } : {}) });
    }
    users.push({ id: `${role}-elsewhere`, state: 'XX', roles: [role], district: d1! });
  }
  return users;
}

/** Form data that scenarios of this state save (realistic, mostly valid), per record type and form. */
export function sampleSaves(deployment: Deployment, recordType: string): { form: string; data: Record<string, unknown> }[] {
  return deployment.scenarios
    .filter((s) => s.recordType === recordType)
    .flatMap((s) => s.steps.flatMap((step) => (step.do === 'save' ? [{ form: step.form, data: step.data }] : [])));
}

type Op = { kind: 'act'; pick: number; complete: boolean } | { kind: 'try'; user: number; event: number } | { kind: 'wait'; days: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('act' as const), pick: fc.nat(), complete: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('try' as const), user: fc.nat(), event: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 40 }) }) },
);

/**
 * Runs random journeys: mostly moves that are possible now (an available event, or saving a form the stage allows),
 * sometimes any event by any user, sometimes time passing; calls `check` after every accepted step.
 */
export function forRandomJourneys(
  deployment: Deployment,
  recordType: string,
  check: (record: CaseRecord, users: UserContext[], step: { from?: string; to?: string }) => void,
  runs = 100,
): void {
  const users = usersOf(deployment);
  const samples = sampleSaves(deployment, recordType);
  const workflow = deployment.workflows.get(deployment.recordType(recordType)!.workflow)!;
  const events = Object.keys(workflow.config.events);
  const start = new Date('2026-03-02T09:00:00+05:30');
  const creator = users.find((u) => createRecord({ deployment, user: u, now: start, lang: 'en' }, { id: 'p', recordType, district: u.district! }).ok);
  if (!creator) throw new Error(`no role may create a ${recordType}`);
  fc.assert(
    fc.property(fc.array(opArbitrary, { minLength: 10, maxLength: 40 }), (ops) => {
      let now = start;
      const created = createRecord({ deployment, user: creator, now, lang: 'en' }, { id: 'p', recordType, district: creator.district! });
      if (!created.ok) throw new Error(created.message);
      let record = created.record;
      check(record, users, {});
      for (const op of ops) {
        if (op.kind === 'wait') {
          now = new Date(now.getTime() + op.days * 86_400_000);
          continue;
        }
        const moves = op.kind === 'try' ? [{ user: users[op.user % users.length]!, event: events[op.event % events.length]! }] : possibleMoves(deployment, record, users, samples, now);
        const move = moves[op.kind === 'act' ? op.pick % Math.max(1, moves.length) : 0];
        if (!move) continue;
        const actor = { deployment, user: move.user, now, lang: 'en' };
        if ('event' in move) {
          const fired = fireEvent(actor, record, move.event);
          if (fired.ok) {
            record = fired.record;
            check(record, users, { from: fired.from, to: fired.to });
          }
        } else {
          const complete = op.kind === 'act' && op.complete;
          const saved = saveForm(actor, record, { form: move.form, data: move.data, mode: complete ? 'complete' : 'draft' });
          if (saved.ok) {
            record = saved.record;
            check(record, users, {});
          }
        }
      }
    }),
    { numRuns: runs },
  );
}

type Move = { user: UserContext; event: string } | { user: UserContext; form: string; data: Record<string, unknown> };

function possibleMoves(deployment: Deployment, record: CaseRecord, users: UserContext[], samples: { form: string; data: Record<string, unknown> }[], now: Date): Move[] {
  const workflow = deployment.workflows.get(deployment.recordType(record.recordType)!.workflow)!;
  const editable = workflow.stage(record.stage)?.meta.editableForms ?? [];
  const moves: Move[] = [];
  for (const user of users) {
    if (user.state !== record.state) continue;
    for (const e of availableEvents({ deployment, user, now, lang: 'en' }, record)) moves.push({ user, event: e.event });
    for (const sample of samples) if (editable.includes(sample.form)) moves.push({ user, ...sample });
  }
  return moves;
}

/** Property: whatever a user gets from projectRecord lies inside their readable set, and other states/districts see nothing. */
export function assertProjectionWithinReadable(deployment: Deployment, record: CaseRecord, users: UserContext[]): void {
  for (const user of users) {
    const view = projectRecord(deployment, record, user);
    if (user.state !== record.state && view) throw new Error(`${user.id} of another state can read a ${record.state} record`);
    if (!view) continue;
    const readable = readableFieldPaths(deployment, record, user);
    for (const [formId, entry] of Object.entries(view.forms)) {
      for (const path of leafPaths(entry.data)) {
        if (!readable.has(`${formId}.${path}`)) throw new Error(`${user.id} sees ${formId}.${path}, which is outside their readable fields`);
      }
    }
  }
}

/** Property: a stage is only ever entered with its required forms complete. */
export function assertRequiredFormsComplete(deployment: Deployment, record: CaseRecord): void {
  const workflow = deployment.workflows.get(deployment.recordType(record.recordType)!.workflow)!;
  for (const form of workflow.stage(record.stage)?.meta.requiredForms ?? []) {
    if (record.forms[form]?.status !== 'complete') throw new Error(`stage "${record.stage}" reached without "${form}" complete`);
  }
}

function leafPaths(data: unknown, prefix = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((row) => (row && typeof row === 'object' ? leafPaths(row, prefix) : [prefix]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}
