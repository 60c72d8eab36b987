// Runs the effects the engine returned: case numbers, assignment, notifications (via the outbox). Deadlines are already on the record.
import { randomUUID } from 'node:crypto';
import type { Actor, CaseRecord, Effect } from '@suraksha/engine';
import { formatCaseNumber } from '@suraksha/plugin-case-numbers';
import type { Models } from '../store/models';

/** Applies effects after the record was stored; each effect is idempotent so a retry cannot double it. */
export async function runEffects(models: Models, actor: Actor, record: CaseRecord, effects: readonly Effect[]): Promise<CaseRecord> {
  let current = record;
  for (const effect of effects) {
    if (effect.type === 'plugin' && effect.action === 'assignCaseNumber' && !current.caseNumber) current = await assignCaseNumber(models, actor, current);
    if (effect.type === 'assign') current = await assign(models, current, effect.role);
    if (effect.type === 'notify') await enqueue(models, current, effect.template, effect.roles, actor);
  }
  return current;
}

/**
 * What the effects decide about the record itself — a case number, assignees — looked up together before the record
 * is stored, so they go in with the transition (one write; a refused commit leaves a numbering gap, never a
 * duplicate). Returns the record and the effects still to run after it is stored.
 */
export async function beforeCommit(models: Models, actor: Actor, record: CaseRecord, effects: readonly Effect[]): Promise<{ record: CaseRecord; after: Effect[] }> {
  const numbering = (e: Effect) => e.type === 'plugin' && e.action === 'assignCaseNumber';
  const wanted = !record.caseNumber && effects.some(numbering);
  const roles = effects.flatMap((e) => (e.type === 'assign' ? [e.role] : []));
  const [caseNumber, chosen] = await Promise.all([wanted ? nextCaseNumber(models, actor, record) : undefined, Promise.all(roles.map((role) => assigneeFor(models, record, role)))]);
  const assignees = [...new Set([...record.assignees, ...chosen.filter((id): id is string => id !== undefined)])];
  return {
    record: { ...record, ...(caseNumber ? { caseNumber } : {}), assignees },
    after: effects.filter((e) => !numbering(e) && e.type !== 'assign'),
  };
}

/** Takes the next number of the state, district and year from an atomic counter: never duplicated, even concurrently. */
async function nextCaseNumber(models: Models, actor: Actor, record: CaseRecord): Promise<string> {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: actor.deployment.manifest.timeZone, year: 'numeric' }).format(actor.now));
  const counter = await models.counters.findOneAndUpdate({ _id: `${record.state}/${record.district}/${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
  return formatCaseNumber(record.state, record.district, year, counter!.seq);
}

/** Sets a case number on a stored record that has none (records created with the action in their first stage). */
async function assignCaseNumber(models: Models, actor: Actor, record: CaseRecord): Promise<CaseRecord> {
  const caseNumber = await nextCaseNumber(models, actor, record);
  const result = await models.records.updateOne({ _id: record.id, caseNumber: { $exists: false } }, { $set: { caseNumber } });
  return result.modifiedCount === 1 ? { ...record, caseNumber } : record;
}

/** An active user of the role in the record's district, of the record's office first. */
async function assigneeFor(models: Models, record: CaseRecord, role: string): Promise<string | undefined> {
  const candidates = await models.users.find({ state: record.state, district: record.district, roles: role, active: true }).sort({ createdAt: 1 }).limit(20).lean();
  return (candidates.find((u) => u.office === record.office) ?? candidates[0])?._id;
}

/** Adds an active user of the role in the record's district (same office first) to a stored record's assignees. */
async function assign(models: Models, record: CaseRecord, role: string): Promise<CaseRecord> {
  const chosen = await assigneeFor(models, record, role);
  if (!chosen || record.assignees.includes(chosen)) return record;
  await models.records.updateOne({ _id: record.id }, { $addToSet: { assignees: chosen } });
  return { ...record, assignees: [...record.assignees, chosen] };
}

async function enqueue(models: Models, record: CaseRecord, template: string, roles: string[], actor: Actor, params: Record<string, unknown> = {}, kind: 'notify' | 'deadline' = 'notify'): Promise<void> {
  // Deadline alerts (due soon, overdue) are the alerts plugin's work; here only the workflow's own notifications.
  await models.outbox.create({
    _id: randomUUID(),
    state: record.state,
    recordId: record.id,
    kind,
    template,
    roles,
    district: record.district,
    params: { ...params, caseNumber: record.caseNumber ?? null, by: actor.user.id },
    status: 'pending',
    attempts: 0,
    createdAt: actor.now,
  });
}
