// What a change looked like, and how much of it a given user may see.
import { changedPaths, projectFormData, readPath } from '@suraksha/engine';
import type { RecordEventDoc } from '../store/models';

/** The changed fields between two versions of a form's data, as `<formId>.<path>` with before and after values. */
export function describeChanges(formId: string, before: Record<string, unknown>, after: Record<string, unknown>): RecordEventDoc['changes'] {
  return [...changedPaths(before, after)].map((path) => ({ field: `${formId}.${path}`, before: valueAt(before, path), after: valueAt(after, path) }));
}

/** A history entry with only the changes whose field the user may read; table values lose unreadable columns. */
export function projectHistory(entry: RecordEventDoc, readable: ReadonlySet<string>): RecordEventDoc {
  const changes = entry.changes
    .filter((c) => readable.has(c.field))
    .map((c) => ({ field: c.field, before: projectValue(c.field, c.before, readable), after: projectValue(c.field, c.after, readable) }));
  return { ...entry, changes };
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  // Table columns (family.age) have no single value: the table itself carries the change.
  const value = readPath(data, path);
  return value === undefined ? null : value;
}

function projectValue(field: string, value: unknown, readable: ReadonlySet<string>): unknown {
  if (!Array.isArray(value)) return value;
  const prefix = `${field}.`;
  const columns = new Set([...readable].filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length)));
  return value.map((row) => (row && typeof row === 'object' && !Array.isArray(row) ? projectFormData(row as Record<string, unknown>, columns) : row));
}
