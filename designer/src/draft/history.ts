// Undo and redo of draft edits: each edit keeps the files it replaced, before and after (pure, unit-tested).
import type { ConfigFiles } from './types';

/** One undoable edit: the changed files' values before and after (`undefined` = the file did not exist). */
export interface Edit {
  label: string;
  at: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface History {
  past: readonly Edit[];
  future: readonly Edit[];
}

export const emptyHistory: History = { past: [], future: [] };

/** Most edits kept for undo. */
export const historyLimit = 200;

/** The files with whole-file changes applied; a value of `undefined` deletes the file. */
export function applyChanges(files: ConfigFiles, changes: Readonly<Record<string, unknown>>): ConfigFiles {
  const next: Record<string, unknown> = { ...files };
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) delete next[path];
    else next[path] = value;
  }
  return next;
}

/**
 * Records an edit. Quick repeats of the same edit (typing in one cell: same label and files, within `mergeMs`)
 * become one undo step that keeps the first `before`.
 */
export function recordEdit(files: ConfigFiles, history: History, changes: Readonly<Record<string, unknown>>, label: string, now: number, mergeMs = 1500): History {
  const paths = Object.keys(changes);
  const last = history.past.at(-1);
  if (last && last.label === label && now - last.at < mergeMs && sameKeys(Object.keys(last.after), paths)) {
    return { past: [...history.past.slice(0, -1), { ...last, at: now, after: { ...changes } }], future: [] };
  }
  const before = Object.fromEntries(paths.map((p) => [p, files[p]]));
  return { past: [...history.past, { label, at: now, before, after: { ...changes } }].slice(-historyLimit), future: [] };
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** Undoes the last edit: the files and history after it, or undefined when there is nothing to undo. */
export function undo(files: ConfigFiles, history: History): { files: ConfigFiles; history: History; label: string } | undefined {
  const last = history.past.at(-1);
  if (!last) return undefined;
  return { files: applyChanges(files, last.before), history: { past: history.past.slice(0, -1), future: [...history.future, last] }, label: last.label };
}

/** Redoes the last undone edit. */
export function redo(files: ConfigFiles, history: History): { files: ConfigFiles; history: History; label: string } | undefined {
  const next = history.future.at(-1);
  if (!next) return undefined;
  return { files: applyChanges(files, next.after), history: { past: [...history.past, next], future: history.future.slice(0, -1) }, label: next.label };
}

/** The paths whose content differs between two file sets (by JSON text). */
export function changedPaths(a: ConfigFiles, b: ConfigFiles): string[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((p) => a[p] !== b[p] && JSON.stringify(a[p]) !== JSON.stringify(b[p])).sort();
}
