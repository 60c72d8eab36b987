// Which forms of a record the user sees and may edit now, from the stage and the field permissions.
import type { CaseRecord, ClientConfig, JsonSchema } from '../api/types';
import { fieldAccessOf, type ClientAbility, type FieldAccess } from './clientAbility';

/** Permission paths of every leaf field of a form schema (table columns as `family.age`). */
export function leafPaths(schema: JsonSchema, prefix = ''): string[] {
  if (schema.type === 'object') return Object.entries(schema.properties ?? {}).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  if (schema.type === 'array' && schema.items?.type === 'object') return [prefix, ...leafPaths(schema.items, prefix)];
  return prefix ? [prefix] : [];
}

export interface FormTab {
  formId: string;
  title: string;
  /** The user may save this form now (stage allows it, and some field is writable). */
  writable: boolean;
  access: (path: string) => FieldAccess;
  status: 'draft' | 'complete' | null;
  /** The current stage lets this form be edited (by someone). */
  editableInStage: boolean;
}

/** The forms to show on a record page: the stage's editable ones first, then those holding data the user may read. */
export function formTabs(config: ClientConfig, ability: ClientAbility, record: CaseRecord, ct: (k: string) => string): FormTab[] {
  const recordType = config.recordTypes.find((r) => r.id === record.recordType);
  const stage = config.workflows[recordType?.workflow ?? '']?.stages[record.stage];
  const editable = new Set(stage && !stage.final ? stage.editableForms : []);
  const ordered = [...(recordType?.forms ?? [])].sort((a, b) => Number(editable.has(b)) - Number(editable.has(a)));
  const tabs: FormTab[] = [];
  for (const formId of ordered) {
    const form = config.forms[formId];
    if (!form) continue;
    const access = fieldAccessOf(ability, record, formId);
    const paths = leafPaths(form.schema);
    const readable = paths.some((p) => access(p) !== 'hidden');
    const writable = editable.has(formId) && paths.some((p) => access(p) === 'write');
    const hasData = record.forms[formId] !== undefined;
    if (!readable || (!writable && !hasData && !editable.has(formId))) continue;
    tabs.push({ formId, title: ct(form.title), writable, access, status: record.forms[formId]?.status ?? null, editableInStage: editable.has(formId) });
  }
  return tabs;
}
