// Confirming or rejecting a suggested match. A confirmation writes the configured fields and fires the configured
// event on both records (each record's stage, guards and required forms still decide), writes both histories,
// closes the other suggestions of both records; a rejection is kept so the pair is not suggested again.
import { StateRegistry } from '../config/stateRegistry';
import { randomUUID } from 'node:crypto';
import { calendarDay, fireEvent, type Actor, type CaseRecord, type Deployment, type Effect, type RecordTypeMatching } from '@suraksha/engine';
import type { Models, RecordEventDoc, StoredRecord } from '../store/models';
import { nextDueOf, toCaseRecord } from '../records/storedRecord';
import { beforeCommit, runEffects } from '../records/runEffects';
import type { MatchDoc, MatchModels } from './matchModel';
import { fieldValue, matchingOf } from './profileOf';

/** What a confirmation did to one record. */
export interface ConfirmOutcome {
  recordId: string;
  /** Fields written (`<formId>.<path>`). */
  set: string[];
  event: string | null;
  /** The stage after, and whether the event moved the record. */
  stage: string;
  moved: boolean;
  /** Why the event did not fire (in the confirming user's language), when it did not. */
  refusal?: string;
}

type ConfirmValue = NonNullable<NonNullable<RecordTypeMatching['onConfirm']>['set']>[string];

function valueFor(what: ConfirmValue, other: CaseRecord, otherDeployment: Deployment | undefined, now: Date, timeZone: string): string | undefined {
  if (what === 'confirmedOn') return calendarDay(now, timeZone);
  if (what === 'otherCaseNumber') return other.caseNumber;
  if (what === 'otherDistrict') return other.district;
  const place = otherDeployment ? matchingOf(otherDeployment, other.recordType)?.fields.place : undefined;
  const value = place ? fieldValue(other, place) : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** Writes a value at `<path>` of a form's data when that field is still empty (an officer's entry is never overwritten). */
function setIfEmpty(deployment: Deployment, record: CaseRecord, ref: string, value: string, actor: Actor): { field: string; before: unknown; after: unknown } | undefined {
  const [formId, ...path] = ref.split('.');
  if (fieldValue(record, ref) !== undefined && fieldValue(record, ref) !== '') return undefined;
  const entry = record.forms[formId!] ?? { version: deployment.forms.get(formId!)?.version ?? 1, status: 'draft' as const, data: {}, updatedAt: actor.now.toISOString(), updatedBy: actor.user.id };
  const data = structuredClone(entry.data);
  let node: Record<string, unknown> = data;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  record.forms = { ...record.forms, [formId!]: { ...entry, data, updatedAt: actor.now.toISOString(), updatedBy: actor.user.id } };
  return { field: ref, before: null, after: value };
}

function historyEntry(actor: Actor, record: CaseRecord, fields: Pick<RecordEventDoc, 'kind' | 'changes'> & Partial<RecordEventDoc>): RecordEventDoc {
  return { _id: randomUUID(), recordId: record.id, state: record.state, district: record.district, at: actor.now, actor: actor.user.id, actorRoles: [...actor.user.roles], version: record.version, ...fields };
}

/** Applies a confirmation to one record (retrying on a concurrent change); returns what it did. */
async function applyToRecord(models: Models, states: ReadonlyMap<string, Deployment>, actor: Actor, match: MatchDoc, recordId: string, other: CaseRecord): Promise<ConfirmOutcome> {
  for (let attempt = 0; ; attempt++) {
    const doc = await models.records.findById(recordId).lean<StoredRecord>();
    if (!doc) throw new Error(`record ${recordId} of match ${match._id} is gone`);
    // The record's own published version (pinning), as for any other write to it.
    const deployment = (doc.configVersion && states instanceof StateRegistry ? await states.at(doc.state, doc.configVersion) : undefined) ?? states.get(doc.state);
    const before = toCaseRecord(doc);
    const onConfirm = deployment ? matchingOf(deployment, doc.recordType)?.onConfirm : undefined;
    const own: Actor = { ...actor, deployment: deployment ?? actor.deployment };
    const record: CaseRecord = { ...before, forms: { ...before.forms } };
    const changes = [];
    for (const [ref, what] of Object.entries(onConfirm?.set ?? {})) {
      const value = valueFor(what, other, states.get(other.state), actor.now, own.deployment.manifest.timeZone);
      const change = value === undefined ? undefined : setIfEmpty(own.deployment, record, ref, value, own);
      if (change) changes.push(change);
    }
    let next: CaseRecord = changes.length > 0 ? { ...record, version: record.version + 1 } : record;
    const afterSet = next;
    let effects: Effect[] = [];
    let refusal: string | undefined;
    let fired: { from: string; to: string } | undefined;
    if (onConfirm?.event) {
      const result = fireEvent(own, next, onConfirm.event, { authorised: true });
      if (result.ok) {
        ({ record: next, after: effects } = await beforeCommit(models, own, result.record, result.effects));
        fired = { from: result.from, to: result.to };
      } else refusal = result.message;
    }
    if (changes.length > 0 || fired) {
      const set = { forms: next.forms, stage: next.stage, workflowVersion: next.workflowVersion, deadlines: next.deadlines, assignees: next.assignees, version: next.version, nextDue: nextDueOf(next), updatedAt: actor.now, ...(next.caseNumber ? { caseNumber: next.caseNumber } : {}) };
      const written = await models.records.updateOne({ _id: recordId, version: before.version }, { $set: set });
      if (written.matchedCount === 0) {
        if (attempt < 3) continue;
        throw new Error(`record ${recordId} kept changing while match ${match._id} was confirmed`);
      }
    }
    const otherRecordId = other.id;
    const entries = [historyEntry(own, next, { kind: 'matchConfirmed', changes: [], match: { id: match._id, otherRecordId, score: match.score, ...(match.note ? { note: match.note } : {}) } })];
    if (changes.length > 0) entries.unshift(historyEntry(own, afterSet, { kind: 'formSaved', form: changes[0]!.field.split('.')[0]!, mode: record.forms[changes[0]!.field.split('.')[0]!]?.status ?? 'draft', changes }));
    if (fired) entries.push(historyEntry(own, next, { kind: 'transition', event: onConfirm!.event!, from: fired.from, to: fired.to, changes: [] }));
    await models.recordEvents.insertMany(entries);
    if (effects.length > 0) await runEffects(models, own, next, effects);
    return { recordId, set: changes.map((c) => c.field), event: onConfirm?.event ?? null, stage: next.stage, moved: Boolean(fired), ...(refusal ? { refusal } : {}) };
  }
}

/**
 * Confirms a suggested match (its status already checked by the caller with a compare-and-set): the missing record
 * first (it may get its case number now), then the found record with it; then closes the other suggestions.
 */
export async function confirmMatch(models: Models, store: MatchModels, states: ReadonlyMap<string, Deployment>, actor: Actor, match: MatchDoc): Promise<ConfirmOutcome[]> {
  const load = async (id: string) => toCaseRecord((await models.records.findById(id).lean<StoredRecord>())!);
  const missing = await applyToRecord(models, states, actor, match, match.missingId, await load(match.foundId));
  const found = await applyToRecord(models, states, actor, match, match.foundId, await load(match.missingId));
  await store.matches.updateMany(
    { _id: { $ne: match._id }, status: 'suggested', $or: [{ missingId: match.missingId }, { foundId: match.foundId }] },
    { $set: { status: 'closed', closedBy: match._id, updatedAt: actor.now } },
  );
  return [missing, found];
}

/** Writes a rejection into the history of both records. */
export async function recordRejection(models: Models, actor: Actor, match: MatchDoc): Promise<void> {
  const docs = await models.records.find({ _id: { $in: [match.missingId, match.foundId] } }).lean<StoredRecord[]>();
  await models.recordEvents.insertMany(
    docs.map((doc) => {
      const record = toCaseRecord(doc);
      const otherRecordId = doc._id === match.missingId ? match.foundId : match.missingId;
      return historyEntry(actor, record, { kind: 'matchRejected', changes: [], match: { id: match._id, otherRecordId, score: match.score, ...(match.note ? { note: match.note } : {}) } });
    }),
  );
}
