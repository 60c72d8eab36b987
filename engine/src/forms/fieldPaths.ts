import type { Field } from '../model/formSchema';

/** A field with its dotted path from the form root (table columns have no index: `family.age`). */
export interface FieldEntry {
  path: string;
  field: Field;
  /** True for the item schema of a table and for every field inside it. */
  inTable: boolean;
  isItem: boolean;
}

/** Lists every field of a form schema, depth first, sections before their fields. */
export function listFields(root: Field): FieldEntry[] {
  const out: FieldEntry[] = [];
  const visit = (field: Field, path: string[], inTable: boolean) => {
    if (field.type === 'object') {
      for (const [name, child] of Object.entries(field.properties ?? {})) {
        out.push({ path: [...path, name].join('.'), field: child as Field, inTable, isItem: false });
        visit(child as Field, [...path, name], inTable);
      }
    } else if (field.type === 'array' && field.items) {
      const items = field.items as Field;
      if (items.type === 'object') visit(items, path, true);
    }
  };
  visit(root, [], false);
  return out;
}

/** Finds the field at a dotted path, descending into table rows. */
export function resolveField(root: Field, path: string): Field | undefined {
  let current: Field | undefined = root;
  for (const segment of path.split('.')) {
    if (current?.type === 'array') current = current.items as Field | undefined;
    current = current?.type === 'object' ? (current.properties?.[segment] as Field | undefined) : undefined;
    if (!current) return undefined;
  }
  return current;
}

/** True when the dotted path crosses a table (array) on the way. */
export function isInsideTable(root: Field, path: string): boolean {
  let current: Field | undefined = root;
  for (const segment of path.split('.')) {
    if (current?.type === 'array') return true;
    current = current?.properties?.[segment] as Field | undefined;
  }
  return false;
}

/** Reads the value at a dotted path from form data (undefined when absent or inside a table). */
export function readPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Returns a copy of data with the value set at a dotted path, creating sections on the way. */
export function writePath(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const copy = { ...data };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head!];
    else copy[head!] = value;
    return copy;
  }
  const child = copy[head!];
  copy[head!] = writePath(child && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest.join('.'), value);
  return copy;
}
