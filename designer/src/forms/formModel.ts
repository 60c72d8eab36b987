// Pure edits of a form file and its neighbours: fields as a tree, palette kinds, translation keys, role access per field.
import type { Rule } from '../roles/rolesModel';

/** A field of a form file's schema (a strict subset of JSON Schema, see engine/CONFIG.md). */
export interface FieldJson {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  title?: string;
  description?: string;
  properties?: Record<string, FieldJson>;
  required?: string[];
  items?: FieldJson;
  oneOf?: { const: string | number; title?: string }[];
  [key: string]: unknown;
}

export interface FormRuleJson {
  id: string;
  when: unknown;
  show?: string[];
  require?: string[];
}

export interface FormJson {
  $schema?: string;
  id: string;
  version: number;
  title: string;
  description?: string;
  schema: FieldJson;
  uischema?: Record<string, unknown>;
  rules?: FormRuleJson[];
  computed?: { field: string; fn: string; from: string }[];
  [key: string]: unknown;
}

export interface TranslationsJson {
  language: string;
  messages: Record<string, string>;
  [key: string]: unknown;
}

export const identifierPattern = /^[a-z][A-Za-z0-9]*$/;

// ---------------------------------------------------------------- palette

export const paletteGroups = ['text', 'numbers', 'dates', 'choices', 'places', 'files', 'layout'] as const;
export type PaletteGroup = (typeof paletteGroups)[number];

export interface PaletteKind {
  id: string;
  group: PaletteGroup;
  /** A new field of this kind (option titles are filled in by `newField`). */
  template: FieldJson;
}

const option = { const: 'option1' };
export const paletteKinds: readonly PaletteKind[] = [
  { id: 'shortText', group: 'text', template: { type: 'string', maxLength: 200 } },
  { id: 'longText', group: 'text', template: { type: 'string', maxLength: 4000, 'x-widget': 'textarea' } },
  { id: 'phone', group: 'text', template: { type: 'string', format: 'phone' } },
  { id: 'email', group: 'text', template: { type: 'string', format: 'email' } },
  { id: 'number', group: 'numbers', template: { type: 'number' } },
  { id: 'integer', group: 'numbers', template: { type: 'integer', minimum: 0 } },
  { id: 'date', group: 'dates', template: { type: 'string', format: 'date' } },
  { id: 'time', group: 'dates', template: { type: 'string', format: 'time' } },
  { id: 'dateTime', group: 'dates', template: { type: 'string', format: 'date-time' } },
  { id: 'yesNo', group: 'choices', template: { type: 'boolean' } },
  { id: 'radio', group: 'choices', template: { type: 'string', 'x-widget': 'radio', oneOf: [option] } },
  { id: 'select', group: 'choices', template: { type: 'string', 'x-widget': 'select', oneOf: [option] } },
  { id: 'checkboxes', group: 'choices', template: { type: 'array', uniqueItems: true, 'x-widget': 'checkboxes', items: { type: 'string', oneOf: [option] } } },
  { id: 'district', group: 'places', template: { type: 'string', 'x-widget': 'district' } },
  { id: 'office', group: 'places', template: { type: 'string', 'x-widget': 'office', 'x-officeTypes': ['cwc'] } },
  { id: 'photo', group: 'files', template: { type: 'string', format: 'attachment', 'x-widget': 'photo' } },
  { id: 'attachment', group: 'files', template: { type: 'string', format: 'attachment', 'x-widget': 'attachment' } },
  { id: 'section', group: 'layout', template: { type: 'object', properties: {} } },
  { id: 'table', group: 'layout', template: { type: 'array', maxItems: 50, items: { type: 'object', properties: {} } } },
];

/** The palette kind a field looks like (for its icon and which properties to offer). */
export function kindOf(field: FieldJson): string {
  const widget = field['x-widget'];
  if (field.type === 'object') return 'section';
  if (field.type === 'array') return field.items?.type === 'object' ? 'table' : 'checkboxes';
  if (field.type === 'boolean') return 'yesNo';
  if (field.type === 'number') return 'number';
  if (field.type === 'integer') return field.oneOf ? (widget === 'select' ? 'select' : 'radio') : 'integer';
  if (field.oneOf) return widget === 'select' ? 'select' : 'radio';
  if (widget === 'district' || widget === 'office' || widget === 'photo' || widget === 'attachment') return widget;
  if (field.format === 'attachment') return 'attachment';
  if (field.format === 'date') return 'date';
  if (field.format === 'time') return 'time';
  if (field.format === 'date-time') return 'dateTime';
  if (field.format === 'phone') return 'phone';
  if (field.format === 'email') return 'email';
  return widget === 'textarea' ? 'longText' : 'shortText';
}

// ---------------------------------------------------------------- paths and the field tree

/** The fields inside a section or a table's rows, or undefined for a plain field. */
export function childrenOf(field: FieldJson): Record<string, FieldJson> | undefined {
  if (field.type === 'object') return field.properties ?? {};
  if (field.type === 'array' && field.items?.type === 'object') return field.items.properties ?? {};
  return undefined;
}

/** The object that holds a container's `properties` and `required` (the section, or a table's row). */
function rowOf(field: FieldJson): FieldJson {
  return field.type === 'array' ? field.items! : field;
}

export function isContainer(field: FieldJson): boolean {
  return childrenOf(field) !== undefined;
}

/** The field at a dotted path (tables without index), or undefined. */
export function fieldAt(schema: FieldJson, path: string): FieldJson | undefined {
  let current: FieldJson | undefined = schema;
  for (const segment of path.split('.').filter(Boolean)) current = current && childrenOf(current)?.[segment];
  return current;
}

export interface FieldEntry {
  path: string;
  name: string;
  field: FieldJson;
  depth: number;
}

/** Every field, depth first in file order. */
export function listFields(schema: FieldJson, prefix = '', depth = 0): FieldEntry[] {
  const out: FieldEntry[] = [];
  for (const [name, field] of Object.entries(childrenOf(schema) ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push({ path, name, field, depth }, ...listFields(field, path, depth + 1));
  }
  return out;
}

/** The JSON pointer of a field inside the form file. */
export function pointerOf(schema: FieldJson, path: string): string {
  let pointer = '/schema';
  let current: FieldJson | undefined = schema;
  for (const segment of path.split('.').filter(Boolean)) {
    if (current?.type === 'array') pointer += '/items';
    pointer += `/properties/${segment}`;
    current = current && childrenOf(current)?.[segment];
  }
  return pointer;
}

/** The deepest field a pointer into the form file names (`/schema/properties/child/properties/name/title` → `child.name`). */
export function pathOfPointer(pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] !== 'schema') return undefined;
  const path: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === 'items') continue;
    if (parts[i] === 'properties' && parts[i + 1] !== undefined) path.push(parts[++i]!);
    else break;
  }
  return path.join('.');
}

const parentOf = (path: string) => path.split('.').slice(0, -1).join('.');
const nameOf = (path: string) => path.split('.').at(-1)!;

/** A copy of the form with the container at `parentPath` changed by `edit` (which gets the row object to mutate). */
function editContainer(form: FormJson, parentPath: string, edit: (row: FieldJson) => void): FormJson {
  const next = structuredClone(form);
  const container = fieldAt(next.schema, parentPath);
  if (!container || !isContainer(container)) throw new Error(`not a section: ${parentPath}`);
  const row = rowOf(container);
  row.properties ??= {};
  edit(row);
  return next;
}

function withOrder(properties: Record<string, FieldJson>, names: string[]): Record<string, FieldJson> {
  return Object.fromEntries(names.map((n) => [n, properties[n]!]));
}

/** A name not yet used among the siblings: `field`, `field2`, ... */
export function freeName(siblings: Record<string, unknown>, base: string): string {
  if (!(base in siblings)) return base;
  for (let i = 2; ; i++) if (!(`${base}${i}` in siblings)) return `${base}${i}`;
}

/** Inserts a field into the container at `parentPath` at `index` (end when undefined). */
export function insertField(form: FormJson, parentPath: string, name: string, field: FieldJson, index?: number): FormJson {
  return editContainer(form, parentPath, (row) => {
    const names = Object.keys(row.properties!).filter((n) => n !== name);
    names.splice(index ?? names.length, 0, name);
    row.properties = withOrder({ ...row.properties!, [name]: field }, names);
  });
}

/** Removes a field, its required entry and its mentions in show/require lists. */
export function removeField(form: FormJson, path: string): FormJson {
  const next = editContainer(form, parentOf(path), (row) => {
    delete row.properties![nameOf(path)];
    if (row.required) {
      row.required = row.required.filter((n) => n !== nameOf(path));
      if (row.required.length === 0) delete row.required;
    }
  });
  const gone = (p: string) => p === path || p.startsWith(`${path}.`);
  if (next.rules) {
    next.rules = next.rules.map((r) => ({ ...r, ...(r.show ? { show: r.show.filter((p) => !gone(p)) } : {}), ...(r.require ? { require: r.require.filter((p) => !gone(p)) } : {}) }));
  }
  return next;
}

/**
 * Moves a field to container `toParent` at `index` (in the list without the moved field). Rules, required and
 * computed follow the field when its path changes; the caller renames translation keys and role fields.
 */
export function moveField(form: FormJson, path: string, toParent: string, index: number): FormJson {
  const field = fieldAt(form.schema, path);
  if (!field) return form;
  if (toParent === path || toParent.startsWith(`${path}.`)) return form;
  const name = nameOf(path);
  const fromParent = parentOf(path);
  if (fromParent === toParent) {
    return editContainer(form, toParent, (row) => {
      const names = Object.keys(row.properties!).filter((n) => n !== name);
      names.splice(Math.max(0, Math.min(index, names.length)), 0, name);
      row.properties = withOrder(row.properties!, names);
    });
  }
  const target = fieldAt(form.schema, toParent);
  const newName = freeName(target ? (childrenOf(target) ?? {}) : {}, name);
  const wasRequired = (rowOf(fieldAt(form.schema, fromParent)!).required ?? []).includes(name);
  let next = removeFieldOnly(form, path);
  next = insertField(next, toParent, newName, field, index);
  if (wasRequired) next = editContainer(next, toParent, (row) => void (row.required = [...(row.required ?? []), newName]));
  return renamePaths(next, path, toParent ? `${toParent}.${newName}` : newName);
}

function removeFieldOnly(form: FormJson, path: string): FormJson {
  return editContainer(form, parentOf(path), (row) => {
    delete row.properties![nameOf(path)];
    if (row.required) {
      row.required = row.required.filter((n) => n !== nameOf(path));
      if (row.required.length === 0) delete row.required;
    }
  });
}

/** Renames a field in place (same position), with its required entry. */
export function renameField(form: FormJson, path: string, newName: string): FormJson {
  const name = nameOf(path);
  if (name === newName) return form;
  const next = editContainer(form, parentOf(path), (row) => {
    const names = Object.keys(row.properties!).map((n) => (n === name ? newName : n));
    row.properties = Object.fromEntries(Object.entries(row.properties!).map(([n, f]) => [n === name ? newName : n, f]));
    row.properties = withOrder(row.properties, names);
    if (row.required) row.required = row.required.map((n) => (n === name ? newName : n));
  });
  const parent = parentOf(path);
  return renamePaths(next, path, parent ? `${parent}.${newName}` : newName);
}

/** Rewrites a path (and the paths under it) in rules, computed values and uischema scopes. */
function renamePaths(form: FormJson, from: string, to: string): FormJson {
  const move = (p: string) => (p === from ? to : p.startsWith(`${from}.`) ? to + p.slice(from.length) : p);
  const next = structuredClone(form);
  const renameWhen = (when: unknown): unknown => {
    if (!when || typeof when !== 'object') return when;
    const w = when as Record<string, unknown>;
    if (typeof w.field === 'string') return { ...w, field: move(w.field) };
    if (Array.isArray(w.all)) return { all: w.all.map(renameWhen) };
    if (Array.isArray(w.any)) return { any: w.any.map(renameWhen) };
    if (w.not) return { not: renameWhen(w.not) };
    return w;
  };
  if (next.rules) next.rules = next.rules.map((r) => ({ ...r, when: renameWhen(r.when), ...(r.show ? { show: r.show.map(move) } : {}), ...(r.require ? { require: r.require.map(move) } : {}) }));
  if (next.computed) next.computed = next.computed.map((c) => ({ ...c, field: move(c.field), from: move(c.from) }));
  if (next.uischema) {
    const scopeFrom = '#/properties/' + from.split('.').join('/properties/');
    const scopeTo = '#/properties/' + to.split('.').join('/properties/');
    next.uischema = JSON.parse(JSON.stringify(next.uischema).replaceAll(`"${scopeFrom}"`, `"${scopeTo}"`).replaceAll(`"${scopeFrom}/`, `"${scopeTo}/`)) as Record<string, unknown>;
  }
  return next;
}

/** Replaces the field at `path` (same name and place). */
export function replaceField(form: FormJson, path: string, field: FieldJson): FormJson {
  return editContainer(form, parentOf(path), (row) => {
    row.properties![nameOf(path)] = field;
  });
}

// ---------------------------------------------------------------- required, which may live in a rule

/** Rules that show the field (then "required" means required while shown: the rule's `require`). */
export function showRulesOf(form: FormJson, path: string): number[] {
  return (form.rules ?? []).flatMap((r, i) => (r.show?.includes(path) ? [i] : []));
}

export function isRequired(form: FormJson, path: string): boolean {
  const shown = showRulesOf(form, path);
  if (shown.length > 0) return shown.every((i) => form.rules![i]!.require?.includes(path));
  const parent = fieldAt(form.schema, parentOf(path));
  return Boolean(parent && rowOf(parent).required?.includes(nameOf(path)));
}

export function setRequired(form: FormJson, path: string, required: boolean): FormJson {
  const shown = showRulesOf(form, path);
  let next = editContainer(form, parentOf(path), (row) => {
    const list = (row.required ?? []).filter((n) => n !== nameOf(path));
    if (required && shown.length === 0) list.push(nameOf(path));
    if (list.length > 0) row.required = list;
    else delete row.required;
  });
  if (shown.length > 0) {
    next = structuredClone(next);
    for (const i of shown) {
      const rule = next.rules![i]!;
      const list = (rule.require ?? []).filter((p) => p !== path);
      if (required) list.push(path);
      if (list.length > 0) rule.require = list;
      else delete rule.require;
    }
  }
  return next;
}

/**
 * After rules change: a field a rule shows may not stay in its parent's plain `required`; it moves to that rule's
 * `require` (required while shown), as the engine asks.
 */
export function normaliseRequired(form: FormJson): FormJson {
  let next = form;
  for (const rule of form.rules ?? []) {
    for (const path of rule.show ?? []) {
      const parent = fieldAt(next.schema, parentOf(path));
      if (!parent || !isContainer(parent) || !rowOf(parent).required?.includes(nameOf(path))) continue;
      next = editContainer(next, parentOf(path), (row) => {
        row.required = row.required!.filter((n) => n !== nameOf(path));
        if (row.required.length === 0) delete row.required;
      });
      next = structuredClone(next);
      for (const r of next.rules ?? []) if (r.show?.includes(path) && !r.require?.includes(path)) r.require = [...(r.require ?? []), path];
    }
  }
  return next;
}

// ---------------------------------------------------------------- translation keys

/** The conventional key of a field's label: `<formId>.<path>` (help: `.help`, options: `.<value>`). */
export function fieldKey(formId: string, path: string): string {
  return `${formId}.${path}`;
}

/** Files of the state's translations by language. */
export function translationPath(slug: string, lang: string): string {
  return `form-definitions/${slug}/i18n/${lang}.json`;
}

/** Sets key → text in every language given (a missing text leaves that language's value as it is). */
export function setTexts(files: Readonly<Record<string, unknown>>, slug: string, key: string, texts: Record<string, string>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [lang, text] of Object.entries(texts)) {
    const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
    if (!file) continue;
    changes[translationPath(slug, lang)] = { ...file, messages: { ...file.messages, [key]: text } };
  }
  return changes;
}

/** One language's text of a key; an emptied text is removed, so the engine counts it missing rather than translated. */
export function setText(files: Readonly<Record<string, unknown>>, slug: string, lang: string, key: string, text: string): Record<string, unknown> {
  const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
  if (!file) return {};
  const { [key]: _old, ...others } = file.messages;
  return { [translationPath(slug, lang)]: { ...file, messages: text.trim() ? { ...others, [key]: text.trim() } : others } };
}

/** The next option of a choice field: a free value and its label key, with no placeholder labels. */
export function nextOption(options: readonly { const: unknown }[], numeric: boolean, formId: string, path: string): { const: string | number; title: string } {
  let n = options.length + 1;
  while (options.some((o) => String(o.const) === (numeric ? String(n) : `option${n}`))) n++;
  const value = numeric ? n : `option${n}`;
  return { const: value, title: `${fieldKey(formId, path)}.${value}` };
}

/** Renames translation keys `from` and `from.*` to `to...` in every language file (for a renamed or moved field). */
export function renameKeys(files: Readonly<Record<string, unknown>>, slug: string, languages: readonly string[], from: string, to: string): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const lang of languages) {
    const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
    if (!file) continue;
    const messages = Object.fromEntries(Object.entries(file.messages).map(([k, v]) => [k === from ? to : k.startsWith(`${from}.`) ? to + k.slice(from.length) : k, v]));
    changes[translationPath(slug, lang)] = { ...file, messages };
  }
  return changes;
}

/** Rewrites every title/description key of a field (and its children and options) from `from` to `to` when it starts so. */
export function rekeyField(field: FieldJson, from: string, to: string): FieldJson {
  return JSON.parse(JSON.stringify(field), (name: string, value: unknown) => {
    if ((name === 'title' || name === 'description') && typeof value === 'string' && (value === from || value.startsWith(`${from}.`))) return to + value.slice(from.length);
    return value;
  }) as FieldJson;
}

/** A new field of a palette kind with conventional keys for its label and options. */
export function newField(kind: PaletteKind, formId: string, path: string): FieldJson {
  const field = structuredClone(kind.template);
  field.title = fieldKey(formId, path);
  const options = field.oneOf ?? field.items?.oneOf;
  if (options) for (const o of options) o.title = `${fieldKey(formId, path)}.${o.const}`;
  return field;
}

/**
 * Adds a new field of a palette kind under `parent` with a free name. Only the labels the admin typed (`labels`, by
 * language) are written: no placeholder is put in any other language, so the engine reports each missing label
 * (missingTranslation) and a new field cannot be published with an untranslated label unnoticed.
 */
export function addField(form: FormJson, files: Files, slug: string, kind: PaletteKind, formId: string, parent: string, index?: number, labels: Record<string, string> = {}): { form: FormJson; path: string; changes: Record<string, unknown> } {
  const container = parent ? fieldAt(form.schema, parent)! : form.schema;
  const name = freeName(childrenOf(container) ?? {}, kind.id);
  const path = parent ? `${parent}.${name}` : name;
  const field = newField(kind, formId, path);
  const typed = Object.fromEntries(Object.entries(labels).filter(([, text]) => text.trim()).map(([lang, text]) => [lang, text.trim()]));
  return { form: insertField(form, parent, name, field, index), path, changes: setTexts(files, slug, field.title!, typed) };
}

// ---------------------------------------------------------------- roles: who may read and write a field

/** A CASL rule of roles.json, as the roles matrix reads it. */
export type RoleRule = Rule;

export interface RolesJson {
  roles: Record<string, { label: string; officeTypes?: string[]; rules: RoleRule[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** CASL field pattern matching: `*` one segment, `**` any depth (a trailing `.**` also covers the field itself). */
export function fieldMatches(pattern: string, field: string): boolean {
  if (pattern === field) return true;
  const parts = pattern.split('.');
  let source = '';
  parts.forEach((part, i) => {
    const dot = i === 0 ? '' : '\\.';
    if (part === '**' && i === parts.length - 1 && i > 0) source += '(?:\\..+)?';
    else if (part === '**') source += dot + '.+';
    else if (part === '*') source += dot + '[^.]+';
    else source += dot + part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${source}$`).test(field);
}

function ruleApplies(rule: RoleRule, action: 'read' | 'update', field: string): boolean {
  const actions = list(rule.action)!;
  const subjects = list(rule.subject)!;
  if (!(actions.includes(action) || actions.includes('manage'))) return false;
  if (!(subjects.includes('record') || subjects.includes('all'))) return false;
  const fields = list(rule.fields);
  return !fields || fields.some((p) => fieldMatches(p, field));
}

/** Whether a role may read/update a field (conditions assumed to hold: on a record of the user's own district). */
export function roleMay(roles: RolesJson, role: string, action: 'read' | 'update', field: string): boolean {
  const rules = roles.roles[role]?.rules ?? [];
  // CASL: the last matching rule wins.
  for (let i = rules.length - 1; i >= 0; i--) if (ruleApplies(rules[i]!, action, field)) return !rules[i]!.inverted;
  return false;
}

/** Gives or takes a role's read or update right on one field, keeping every other rule intact. */
export function setRoleAccess(roles: RolesJson, role: string, action: 'read' | 'update', field: string, allowed: boolean): RolesJson {
  if (roleMay(roles, role, action, field) === allowed) return roles;
  const next = structuredClone(roles);
  const entry = next.roles[role];
  if (!entry) return roles;
  const rules = entry.rules;
  const sameAction = (r: RoleRule) => {
    const a = list(r.action)!;
    return a.length === 1 && a[0] === action && list(r.subject)!.includes('record');
  };
  // First undo rules naming exactly this field the wrong way.
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i]!;
    const fields = list(r.fields);
    if (!sameAction(r) || !fields?.includes(field) || Boolean(r.inverted) === !allowed) continue;
    const rest = fields.filter((f) => f !== field);
    if (rest.length === 0) rules.splice(i, 1);
    else r.fields = rest;
    if (roleMay(next, role, action, field) === allowed) return next;
  }
  if (allowed) {
    // Add the field to a rule already granting fields for this action, or a new rule with the role's record conditions.
    const grant = rules.find((r) => sameAction(r) && !r.inverted && list(r.fields));
    if (grant && !rules.slice(rules.indexOf(grant) + 1).some((r) => r.inverted && ruleApplies(r, action, field))) grant.fields = [...list(grant.fields)!, field];
    else {
      const model = rules.find((r) => !r.inverted && list(r.subject)!.includes('record') && r.conditions);
      rules.push({ action, subject: 'record', fields: [field], ...(model?.conditions ? { conditions: structuredClone(model.conditions) } : {}) });
    }
  } else {
    const deny = rules.findLast((r) => sameAction(r) && r.inverted && list(r.fields) && !r.conditions);
    if (deny && rules.indexOf(deny) === rules.length - 1) deny.fields = [...list(deny.fields)!, field];
    else rules.push({ action, subject: 'record', fields: [field], inverted: true });
  }
  return next;
}

/** Rewrites field patterns naming `from` (exactly or as a prefix) to `to` in every role (a field renamed or moved). */
export function renameRoleFields(roles: RolesJson, from: string, to: string): RolesJson {
  const move = (p: string) => (p === from ? to : p.startsWith(`${from}.`) ? to + p.slice(from.length) : p);
  const next = structuredClone(roles);
  for (const role of Object.values(next.roles)) {
    for (const rule of role.rules) {
      if (rule.fields === undefined) continue;
      rule.fields = Array.isArray(rule.fields) ? rule.fields.map(move) : move(rule.fields);
    }
  }
  return next;
}

// ---------------------------------------------------------------- whole-draft edits for a field

type Files = Readonly<Record<string, unknown>>;

/**
 * A field's path changed from `from` to `to` (renamed or moved; `form` already holds it at `to`): its label, help and
 * option keys follow the convention `<formId>.<path>`, so they are renamed in the form and every translation file;
 * role field patterns and the manifest's name field follow too. Returns the form and the other files' changes.
 */
export function relocateField(files: Files, slug: string, languages: readonly string[], formId: string, form: FormJson, from: string, to: string): { form: FormJson; changes: Record<string, unknown> } {
  if (from === to) return { form, changes: {} };
  const field = fieldAt(form.schema, to);
  const next = field ? replaceField(form, to, rekeyField(field, fieldKey(formId, from), fieldKey(formId, to))) : form;
  const changes: Record<string, unknown> = renameKeys(files, slug, languages, fieldKey(formId, from), fieldKey(formId, to));
  const rolesPath = `workflows/${slug}/roles.json`;
  const roles = files[rolesPath] as RolesJson | undefined;
  if (roles?.roles) changes[rolesPath] = renameRoleFields(roles, fieldKey(formId, from), fieldKey(formId, to));
  const manifestPath = `form-definitions/${slug}/state.json`;
  const manifest = files[manifestPath] as { recordTypes?: { nameField?: string }[] } | undefined;
  if (manifest?.recordTypes?.some((r) => r.nameField === fieldKey(formId, from))) {
    changes[manifestPath] = { ...manifest, recordTypes: manifest.recordTypes.map((r) => (r.nameField === fieldKey(formId, from) ? { ...r, nameField: fieldKey(formId, to) } : r)) };
  }
  return { form: next, changes };
}

/** Translation files without the keys only the deleted field used (`<formId>.<path>` and below, used nowhere else). */
export function dropFieldTexts(files: Files, slug: string, languages: readonly string[], formId: string, formAfter: FormJson, path: string): Record<string, unknown> {
  const prefix = fieldKey(formId, path);
  const formPath = `form-definitions/${slug}/forms/${formId}.json`;
  const elsewhere = Object.entries({ ...files, [formPath]: formAfter })
    .filter(([p]) => !p.startsWith(`form-definitions/${slug}/i18n/`))
    .map(([, v]) => JSON.stringify(v))
    .join('\n');
  const changes: Record<string, unknown> = {};
  for (const lang of languages) {
    const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
    if (!file) continue;
    const drop = Object.keys(file.messages).filter((k) => (k === prefix || k.startsWith(`${prefix}.`)) && !elsewhere.includes(JSON.stringify(k)));
    if (drop.length === 0) continue;
    changes[translationPath(slug, lang)] = { ...file, messages: Object.fromEntries(Object.entries(file.messages).filter(([k]) => !drop.includes(k))) };
  }
  return changes;
}

/**
 * A field newly marked sensitive is hidden from the roles that already keep a list of sensitive fields they may not
 * read (an unconditional `inverted` read rule), as the state's roles do for caste, religion, health, abuse...
 */
export function denySensitive(roles: RolesJson, field: string): { roles: RolesJson; denied: string[] } {
  let next = roles;
  const denied: string[] = [];
  for (const [id, role] of Object.entries(roles.roles)) {
    const keepsList = role.rules.some((r) => r.inverted && !r.conditions && list(r.fields) && list(r.action)!.includes('read'));
    if (!keepsList || !roleMay(next, id, 'read', field)) continue;
    next = setRoleAccess(setRoleAccess(next, id, 'read', field, false), id, 'update', field, false);
    denied.push(id);
  }
  return { roles: next, denied };
}
