// Reads state configuration files from disk for the pure engine (the IO half of loading).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { StateSource } from '../src/index';

/** Slugs of every state under a root: folders of form-definitions/ and workflows/. */
export function listStateSlugs(root: string): string[] {
  const slugs = new Set<string>();
  for (const top of ['form-definitions', 'workflows']) {
    const dir = join(root, top);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isDirectory()) slugs.add(name);
  }
  return [...slugs].sort();
}

/** Reads every file of one state; unreadable files become empty text so the engine reports them, never a crash. */
export function readStateSource(root: string, slug: string): StateSource {
  const files: { path: string; text: string }[] = [];
  for (const top of ['form-definitions', 'workflows']) {
    const dir = join(root, top, slug);
    if (existsSync(dir)) walk(dir, (file) => files.push({ path: relative(root, file).split(sep).join('/'), text: readText(file) }));
  }
  return { slug, files };
}

/** Resolves command-line state names (code like GJ or slug like gujarat) to slugs. */
export function resolveStates(root: string, names: string[]): { slugs: string[]; unknown: string[] } {
  const all = listStateSlugs(root);
  if (names.length === 0) return { slugs: all, unknown: [] };
  const codes = new Map(all.map((slug) => [codeOf(root, slug)?.toUpperCase() ?? '', slug]));
  const slugs: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const slug = all.includes(name) ? name : codes.get(name.toUpperCase());
    if (slug) slugs.push(slug);
    else unknown.push(name);
  }
  return { slugs, unknown };
}

function codeOf(root: string, slug: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'form-definitions', slug, 'state.json'), 'utf8')) as { code?: unknown };
    return typeof manifest.code === 'string' ? manifest.code : undefined;
  } catch {
    return undefined;
  }
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
