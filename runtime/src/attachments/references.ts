// A form save may only point an attachment field at a file uploaded for that field of that record (new values only:
// a value already stored stays acceptable, so old records keep saving).
import type { Actor } from '@suraksha/engine';
import type { Services } from '../services';
import { HttpProblem } from '../http/problem';
import { attachmentModel } from './attachmentStore';
import { attachmentMessage } from './messages';

/** Every attachment value of form data with its JSON pointer (under `/data`), table rows included. */
export function attachmentValues(actor: Actor, formId: string, data: unknown): { pointer: string; field: string; value: string }[] {
  const form = actor.deployment.forms.get(formId);
  const out: { pointer: string; field: string; value: string }[] = [];
  for (const entry of form?.fields ?? []) {
    if (entry.field.format !== 'attachment') continue;
    const visit = (value: unknown, rest: string[], pointer: string) => {
      if (Array.isArray(value)) return value.forEach((row, i) => visit(row, rest, `${pointer}/${i}`));
      if (rest.length === 0) return void (typeof value === 'string' && value && out.push({ pointer, field: `${formId}.${entry.path}`, value }));
      if (value && typeof value === 'object') visit((value as Record<string, unknown>)[rest[0]!], rest.slice(1), `${pointer}/${rest[0]}`);
    };
    visit(data, entry.path.split('.'), '/data');
  }
  return out;
}

/** Refuses (422, in the user's language) new attachment values that are not uploads for that field of this record. */
export async function checkAttachmentReferences(services: Services, actor: Actor, recordId: string, formId: string, data: unknown): Promise<void> {
  const wanted = attachmentValues(actor, formId, data);
  if (wanted.length === 0) return;
  // The record must be one the user may see first (404 as usual), so the answer below reveals nothing.
  const record = await services.records.load(actor, recordId);
  const pinned = services.records.pinned(actor, record);
  const stored = new Set(attachmentValues(pinned, formId, record.forms[formId]?.data).map((v) => v.value));
  const fresh = attachmentValues(pinned, formId, data).filter((w) => !stored.has(w.value));
  if (fresh.length === 0) return;
  const model = await attachmentModel(services.models.records.db);
  const found = await model.find({ _id: { $in: fresh.map((f) => f.value) }, recordId: record.id, state: record.state }, { field: 1 }).lean<{ _id: string; field: string }[]>();
  const fieldOf = new Map(found.map((f) => [f._id, f.field]));
  const bad = fresh.filter((f) => fieldOf.get(f.value) !== f.field);
  if (bad.length === 0) return;
  const message = attachmentMessage(actor.lang, 'unknownAttachment');
  throw new HttpProblem(422, 'invalidData', message, message, bad.map((b) => ({ pointer: b.pointer.replace(/^\/data/, ''), message })));
}

/** The refusal (422) of attachment values in the first form of a record being registered: nothing was uploaded for it. */
export function attachmentsBeforeRegistration(actor: Actor, values: { pointer: string }[]): HttpProblem {
  const message = attachmentMessage(actor.lang, 'notYetRegistered');
  return new HttpProblem(422, 'invalidData', message, message, values.map((v) => ({ pointer: v.pointer.replace(/^\/data/, ''), message })));
}
