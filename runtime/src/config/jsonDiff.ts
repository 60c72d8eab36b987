// A small pure JSON diff: what changed between two values, as JSON pointers, and between two sets of files.
import { toPointer } from '@suraksha/engine';

/** One change at a JSON pointer. */
export interface JsonChange {
  op: 'add' | 'remove' | 'replace';
  pointer: string;
  before?: unknown;
  after?: unknown;
}

/** How one file differs. */
export interface FileDiff {
  file: string;
  status: 'added' | 'removed' | 'changed';
  changes: JsonChange[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every change from `before` to `after`: objects by key, arrays by index, anything else replaced whole. */
export function diffJson(before: unknown, after: unknown, path: (string | number)[] = []): JsonChange[] {
  if (isObject(before) && isObject(after)) {
    const changes: JsonChange[] = [];
    for (const key of Object.keys(before)) {
      if (!(key in after)) changes.push({ op: 'remove', pointer: toPointer([...path, key]), before: before[key] });
      else changes.push(...diffJson(before[key], after[key], [...path, key]));
    }
    for (const key of Object.keys(after))
      if (!(key in before)) changes.push({ op: 'add', pointer: toPointer([...path, key]), after: after[key] });
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: JsonChange[] = [];
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) changes.push(...diffJson(before[i], after[i], [...path, i]));
    // Removals from the end first, so applying the changes in order keeps the indexes right.
    for (let i = before.length - 1; i >= common; i--)
      changes.push({ op: 'remove', pointer: toPointer([...path, i]), before: before[i] });
    for (let i = common; i < after.length; i++)
      changes.push({ op: 'add', pointer: toPointer([...path, i]), after: after[i] });
    return changes;
  }
  if (sameJson(before, after)) return [];
  return [{ op: 'replace', pointer: toPointer(path), before, after }];
}

/** Whether two JSON values are equal (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

/** The differences between two sets of files (path to parsed JSON), sorted by path; unchanged files are left out. */
export function diffFiles(before: Record<string, unknown>, after: Record<string, unknown>): FileDiff[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const diffs: FileDiff[] = [];
  for (const file of paths) {
    if (!(file in before))
      diffs.push({ file, status: 'added', changes: [{ op: 'add', pointer: '', after: after[file] }] });
    else if (!(file in after))
      diffs.push({ file, status: 'removed', changes: [{ op: 'remove', pointer: '', before: before[file] }] });
    else {
      const changes = diffJson(before[file], after[file]);
      if (changes.length > 0) diffs.push({ file, status: 'changed', changes });
    }
  }
  return diffs;
}

/** Counts of added, removed and changed files. */
export function summarise(diffs: readonly FileDiff[]): { added: number; removed: number; changed: number } {
  return {
    added: diffs.filter((d) => d.status === 'added').length,
    removed: diffs.filter((d) => d.status === 'removed').length,
    changed: diffs.filter((d) => d.status === 'changed').length,
  };
}
