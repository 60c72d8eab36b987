import { createAbility } from '../permissions/createAbility';
import { changedPaths, mergeHiddenFields, permittedFields, recordSubject, unreadableValues, unwritableFields } from '../permissions/fieldAccess';
import type { CaseRecord } from './CaseRecord';
import type { Actor } from './createRecord';
import { refuse, type Refusal } from './Refusal';

/** Saves one form of a record (draft or complete): visibility, stage, validation and field permissions, in that order. */
export function saveForm(
  actor: Actor,
  record: CaseRecord,
  input: { form: string; data: unknown; mode: 'draft' | 'complete' },
): { ok: true; record: CaseRecord; changed: string[] } | Refusal {
  const { deployment, user, now, lang } = actor;
  const ability = createAbility(deployment.roles, user);
  if (!ability.can('read', recordSubject(record))) return refuse(deployment, lang, 'notFound', 'refusal.notFound');
  const recordType = deployment.recordType(record.recordType);
  const form = deployment.forms.get(input.form);
  if (!form || !recordType?.forms.includes(input.form)) return refuse(deployment, lang, 'invalidData', 'refusal.invalidData');
  const workflow = deployment.workflows.get(recordType.workflow)!;
  const stage = workflow.stage(record.stage);
  if (!stage?.meta.editableForms?.includes(input.form)) {
    return refuse(deployment, lang, 'notEditable', 'refusal.notEditable', { form: `form:${input.form}`, stage: `stage:${workflow.id}/${record.stage}` });
  }
  // A form the current stage requires must stay complete: a draft save would take the record back below its stage.
  if (input.mode === 'draft' && stage.meta.requiredForms?.includes(input.form)) {
    return refuse(deployment, lang, 'formIncomplete', 'refusal.formIncomplete', { form: `form:${input.form}` });
  }
  const stored = record.forms[input.form]?.data ?? {};
  const readable = permittedFields(ability, record, form, 'read');
  const writable = permittedFields(ability, record, form, 'update');
  // A value for a field one may neither read nor write is refused; a write-only field (a citizen's report) is taken.
  const unseen = unreadableValues(form, input.data, readable);
  const refused = unseen.filter((f) => !writable.has(f.slice(form.id.length + 1)));
  if (refused.length > 0) return refuse(deployment, lang, 'fieldsForbidden', 'refusal.fieldsForbidden', { fields: refused.join(', ') }, { fields: refused });
  const kept = new Set([...readable, ...unseen.map((f) => f.slice(form.id.length + 1))]);
  const incoming = isObject(input.data) ? mergeHiddenFields(stored, input.data, kept) : input.data;
  const validation = form.validate(incoming, { lang, mode: input.mode, now });
  if (!validation.ok) return refuse(deployment, lang, 'invalidData', 'refusal.invalidData', {}, { issues: validation.issues });
  const forbidden = unwritableFields(ability, record, form, stored, validation.data);
  if (forbidden.length > 0) return refuse(deployment, lang, 'fieldsForbidden', 'refusal.fieldsForbidden', { fields: forbidden.join(', ') }, { fields: forbidden });
  const status = input.mode === 'complete' ? 'complete' : 'draft';
  const forms = { ...record.forms, [form.id]: { version: form.version, status, data: validation.data, updatedAt: now.toISOString(), updatedBy: user.id } as const };
  return { ok: true, record: { ...record, forms, version: record.version + 1 }, changed: [...changedPaths(stored, validation.data)] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
