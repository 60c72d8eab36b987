// A state's configuration as files (repository path to parsed JSON): text form, hashing, layout checks, version bumps.
import { createHash } from 'node:crypto';
import type { StateSource } from '@suraksha/engine';
import { readStateSource } from '@suraksha/engine/node';
import { sameJson } from './jsonDiff';

/** Repository path (form-definitions/<slug>/..., workflows/<slug>/...) to parsed JSON. */
export type ConfigFiles = Record<string, unknown>;

/** The text a file is stored and validated as: pretty-printed with two spaces (so issue lines match an export). */
export function fileText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The engine's source for a set of files. */
export function toSource(slug: string, files: ConfigFiles): StateSource {
  return {
    slug,
    files: Object.keys(files)
      .sort()
      .map((path) => ({ path, text: fileText(files[path]) })),
  };
}

/** Files as stored: a JSON string of `{ path: text }`. */
export function packFiles(files: ConfigFiles): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(files)
        .sort()
        .map((path) => [path, fileText(files[path])]),
    ),
  );
}

/** Stored files back to parsed JSON. */
export function unpackFiles(packed: string): ConfigFiles {
  const texts = JSON.parse(packed) as Record<string, string>;
  return Object.fromEntries(Object.entries(texts).map(([path, text]) => [path, JSON.parse(text) as unknown]));
}

/** A content hash that ignores file order. */
export function hashFiles(files: ConfigFiles): string {
  return createHash('sha256').update(packFiles(files)).digest('hex');
}

/** A state's JSON files from the repository, parsed; `unparsable` lists files that are not JSON (the state is then invalid). */
export function readRepositoryState(
  root: string,
  slug: string,
): { source: StateSource; files: ConfigFiles; unparsable: string[] } {
  const source = readStateSource(root, slug);
  const files: ConfigFiles = {};
  const unparsable: string[] = [];
  for (const { path, text } of source.files) {
    if (!path.endsWith('.json')) continue;
    try {
      files[path] = JSON.parse(text) as unknown;
    } catch {
      unparsable.push(path);
    }
  }
  return { source, files, unparsable };
}

/** Whether a path belongs to state `slug`'s part of the repository layout. */
export function inStateLayout(slug: string, path: string): boolean {
  return (
    (path.startsWith(`form-definitions/${slug}/`) || path.startsWith(`workflows/${slug}/`)) &&
    path.endsWith('.json') &&
    !path.includes('..')
  );
}

/** Form and workflow files (the ones with a `version` that records keep). */
export function isVersionedFile(slug: string, path: string): boolean {
  return (
    new RegExp(`^form-definitions/${slug}/forms/[^/]+\\.json$`).test(path) ||
    (new RegExp(`^workflows/${slug}/[^/]+\\.json$`).test(path) && path !== `workflows/${slug}/roles.json`)
  );
}

/**
 * Raises the `version` of every form and workflow whose content changed against the previous published files but
 * whose version did not go up, so `record.forms[x].version` keeps meaning "the form as it was then".
 */
export function bumpVersions(
  slug: string,
  previous: ConfigFiles,
  next: ConfigFiles,
): { files: ConfigFiles; bumped: { file: string; version: number }[] } {
  const files: ConfigFiles = { ...next };
  const bumped: { file: string; version: number }[] = [];
  for (const [path, value] of Object.entries(next)) {
    const before = previous[path] as { version?: unknown } | undefined;
    const after = value as { version?: unknown } | undefined;
    if (!isVersionedFile(slug, path) || !before || !after || typeof after !== 'object' || Array.isArray(after))
      continue;
    if (typeof before.version !== 'number' || typeof after.version !== 'number' || after.version > before.version)
      continue;
    if (sameJson({ ...before, version: 0 }, { ...after, version: 0 })) continue;
    const version = before.version + 1;
    files[path] = { ...after, version };
    bumped.push({ file: path, version });
  }
  return { files, bumped };
}
