import { subject } from '@casl/ability';
import type { CaseRecord } from '../records/CaseRecord';
import type { CompiledForm } from '../forms/compileForm';
import type { AppAbility } from './createAbility';

/** The CASL subject for a record (the conditions see its top-level attributes). */
export function recordSubject(record: Pick<CaseRecord, 'state' | 'district' | 'recordType'> & Partial<CaseRecord>) {
  return subject('record', { ...record });
}

/** Dotted permission paths of every field of a form, prefixed with the form id: `form22.identity.caste`. */
export function formFieldPaths(form: CompiledForm): string[] {
  return form.fields.map((f) => `${form.id}.${f.path}`);
}

/** The fields of a form the user may perform `action` on ('read' or 'update'), computed field by field with can(). */
export function permittedFields(ability: AppAbility, record: CaseRecord, form: CompiledForm, action: 'read' | 'update'): Set<string> {
  const target = recordSubject(record);
  const permitted = new Set(form.fields.filter((f) => ability.can(action, target, `${form.id}.${f.path}`)).map((f) => f.path));
  if (action === 'read') {
    // A readable field makes its sections readable as containers (their other fields stay hidden).
    for (const path of [...permitted]) for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) permitted.add(path.slice(0, i));
  }
  return permitted;
}

/** Copies form data keeping only readable fields (tables filtered row by row, by column). */
export function projectFormData(data: Record<string, unknown>, readable: ReadonlySet<string>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!readable.has(path)) continue;
    if (Array.isArray(value)) out[key] = value.map((row) => (isPlainObject(row) ? projectFormData(row, readable, path) : row));
    else if (isPlainObject(value)) out[key] = projectFormData(value, readable, path);
    else out[key] = value;
  }
  return out;
}

/** Dotted paths (tables without index) whose values differ between two versions of form data. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) || isPlainObject(b)) {
      const left = isPlainObject(a) ? a : {};
      const right = isPlainObject(b) ? b : {};
      // Sections are containers: only the values inside them count as changes.
      for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) walk(left[key], right[key], path ? `${path}.${key}` : key);
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const left = Array.isArray(a) ? a : [];
      const right = Array.isArray(b) ? b : [];
      if (left.length !== right.length && path) out.add(path);
      for (let i = 0; i < Math.max(left.length, right.length); i++) {
        if (isPlainObject(left[i]) || isPlainObject(right[i])) walk(left[i], right[i], path);
        else if (JSON.stringify(left[i]) !== JSON.stringify(right[i]) && path) out.add(path);
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b) && path) out.add(path);
  };
  walk(before, after, prefix);
  return out;
}

/** The `<formId>.<path>` of every changed field the user may not write (computed fields excepted). */
export function unwritableFields(ability: AppAbility, record: CaseRecord, form: CompiledForm, before: unknown, after: unknown): string[] {
  const computed = new Set((form.config.computed ?? []).map((c) => c.field));
  const writable = permittedFields(ability, record, form, 'update');
  return [...changedPaths(before, after)].filter((p) => !computed.has(p) && !writable.has(p)).map((p) => `${form.id}.${p}`);
}

/** Paths of known form fields holding a value in `data` that the user may not read (they cannot have seen them). */
export function unreadableValues(form: CompiledForm, data: unknown, readable: ReadonlySet<string>): string[] {
  const known = new Set(form.fields.map((f) => f.path));
  const out = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (path && known.has(path) && !readable.has(path)) return void out.add(`${form.id}.${path}`);
    if (Array.isArray(value)) value.forEach((row) => isPlainObject(row) && walk(row, path));
    else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(data, '');
  return [...out];
}

/** Keeps the stored values of fields the user may not read, so a save from a projected view loses nothing. */
export function mergeHiddenFields(stored: Record<string, unknown>, incoming: Record<string, unknown>, readable: ReadonlySet<string>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = { ...incoming };
  for (const [key, value] of Object.entries(stored)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!readable.has(path)) out[key] = value;
    else if (isPlainObject(value) && isPlainObject(incoming[key])) out[key] = mergeHiddenFields(value, incoming[key], readable, path);
    else if (Array.isArray(value) && Array.isArray(incoming[key])) {
      const rows = incoming[key] as unknown[];
      out[key] = rows.map((row, i) => (isPlainObject(row) && isPlainObject(value[i]) ? mergeHiddenFields(value[i], row, readable, path) : row));
    }
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
