// The designer's interface strings: every module has the same keys in en, hi, gu and bn with the same placeholders,
// and every literal key the shell's modules use exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('./', import.meta.url));
const languages = ['en', 'hi', 'gu', 'bn'];
const shellModules = ['shell', 'roles', 'translations', 'versions', 'users', 'wizard', 'draft', 'issues'];

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const i18nDirs = filesUnder(src)
  .filter((p) => /\/i18n\/(en|hi|gu|bn)\.json$/.test(p))
  .map((p) => p.replace(/\/[a-z]+\.json$/, ''))
  .filter((d, i, all) => all.indexOf(d) === i);

const bundle = (dir: string, lang: string) => flatten(JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')));

describe('designer interface strings', () => {
  it.each(i18nDirs.map((d) => [d.slice(src.length)]))('%s: the same keys and placeholders in every language, none empty', (dir) => {
    const english = bundle(join(src, dir), 'en');
    for (const lang of languages) {
      const other = bundle(join(src, dir), lang);
      expect(Object.keys(other).sort(), `${dir} ${lang}`).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(other)) {
        expect(text.trim(), `${dir} ${lang} ${key}`).not.toBe('');
        const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
        expect(placeholders(text), `${dir} ${lang} ${key}`).toEqual(placeholders(english[key]!));
      }
    }
  });

  it('every literal key the shell modules use exists in English', () => {
    const english = Object.assign({}, ...i18nDirs.map((d) => bundle(d, 'en'))) as Record<string, string>;
    const missing: string[] = [];
    for (const module of shellModules) {
      for (const file of filesUnder(join(src, module)).filter((p) => /\.tsx?$/.test(p) && !p.endsWith('.test.ts'))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!(match[1]! in english)) missing.push(`${file.slice(src.length)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
