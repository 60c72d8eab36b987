// Paths in form data: JSON Forms paths (`family.0.name`), server pointers (`/family/0/name`), permission paths.
import type { JsonSchema } from '../api/types';

/** A server issue pointer as a JSON Forms data path. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** The permission path of a data path: table row indexes dropped (`family.0.age` → `family.age`). */
export function permissionPath(path: string): string {
  return path
    .split('.')
    .filter((s) => s !== '' && !/^\d+$/.test(s))
    .join('.');
}

/** A UI schema scope (`#/properties/child/properties/name`) as a dotted path (`child.name`). */
export function scopeToPath(scope: string): string {
  return scope
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s, i) => !(i % 2 === 0 && s === 'properties'))
    .join('.');
}

/** Joins dotted paths, skipping empty parts. */
export function joinPath(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join('.');
}

/** The schema of the field at a data path (row indexes allowed), or undefined. */
export function schemaAt(root: JsonSchema, path: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const segment of path.split('.').filter(Boolean)) {
    if (current?.type === 'array') {
      current = current.items;
      if (/^\d+$/.test(segment)) continue;
    }
    current = current?.properties?.[segment];
    if (!current) return undefined;
  }
  return current;
}

/** A stable DOM id for a field of a form, so error summaries can link to it. */
export function fieldId(formId: string, path: string): string {
  return `f-${formId}-${path.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The value at a dotted path (row indexes allowed). */
export function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
