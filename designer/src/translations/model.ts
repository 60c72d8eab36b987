// Translations as a grid: keys × the state's languages, from and to the draft's i18n files (pure, unit-tested).
import type { ConfigFiles } from '../draft/types';
import { parseCsv, toCsv } from './csv';

/** A language file of a state (form-definitions/<slug>/i18n/<lang>.json). */
export interface TranslationFile {
  $schema?: string;
  language: string;
  name?: string;
  direction?: string;
  messages: Record<string, string>;
}

export function translationPath(slug: string, lang: string): string {
  return `form-definitions/${slug}/i18n/${lang}.json`;
}

/** The messages of each language (empty for a language with no file). */
export function messagesByLanguage(files: ConfigFiles, slug: string, languages: readonly string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(languages.map((lang) => [lang, (files[translationPath(slug, lang)] as TranslationFile | undefined)?.messages ?? {}]));
}

/** Every key of any language, plus keys the engine says are missing everywhere, sorted. */
export function allKeys(byLanguage: Record<string, Record<string, string>>, extra: Iterable<string> = []): string[] {
  const keys = new Set<string>(extra);
  for (const messages of Object.values(byLanguage)) for (const key of Object.keys(messages)) keys.add(key);
  return [...keys].sort();
}

/** The translation keys named by the engine's "missing translation" issues (its `key` param; else read from the message). */
export function keysOfMissingIssues(issues: readonly { code?: string; params?: Record<string, string | number>; message: string }[]): string[] {
  return issues.filter((i) => i.code === 'missingTranslation').flatMap((i) => (typeof i.params?.key === 'string' ? [i.params.key] : (/missing translation "([^"]+)"/.exec(i.message)?.[1] ?? [])));
}

/** How many keys each language lacks. */
export function missingCounts(keys: readonly string[], byLanguage: Record<string, Record<string, string>>): Record<string, number> {
  return Object.fromEntries(Object.entries(byLanguage).map(([lang, messages]) => [lang, keys.filter((k) => !messages[k]?.trim()).length]));
}

/** The file change that sets (or, with an empty text, removes) one message. */
export function setMessage(files: ConfigFiles, slug: string, lang: string, key: string, text: string): Record<string, unknown> {
  const path = translationPath(slug, lang);
  const file = (files[path] as TranslationFile | undefined) ?? { language: lang, messages: {} };
  const messages = { ...file.messages };
  if (!text.trim()) delete messages[key];
  else messages[key] = text;
  return { [path]: { ...file, messages } };
}

/** The grid as CSV: a `key` column, then one column per language; a missing message is an empty cell. */
export function exportCsv(keys: readonly string[], byLanguage: Record<string, Record<string, string>>, languages: readonly string[]): string {
  return toCsv([['key', ...languages], ...keys.map((key) => [key, ...languages.map((lang) => byLanguage[lang]?.[key] ?? '')])]);
}

/** Why a row of an imported CSV was not used. */
export type BadRowReason = 'columns' | 'emptyKey' | 'badKey' | 'duplicate' | 'syntax';

export interface CsvImport {
  /** File changes to apply as one edit (only languages with changed messages). */
  changes: Record<string, unknown>;
  /** Messages added or changed. */
  changed: number;
  /** Columns naming a language the state does not have (ignored). */
  unknownLanguages: string[];
  badRows: { line: number; reason: BadRowReason }[];
  /** The header is not `key,<lang>…`. */
  badHeader: boolean;
}

const keyPattern = /^[A-Za-z0-9_.-]+$/;

/** Reads an exported (and edited) CSV: non-empty cells set messages, empty cells leave them as they are. */
export function importCsv(text: string, files: ConfigFiles, slug: string, languages: readonly string[]): CsvImport {
  const parsed = parseCsv(text);
  const result: CsvImport = { changes: {}, changed: 0, unknownLanguages: [], badRows: [], badHeader: false };
  const [header, ...rows] = parsed.rows;
  if (!header || header.cells[0]?.trim().toLowerCase() !== 'key') return { ...result, badHeader: true, ...(parsed.error ? { badRows: [{ line: parsed.error.line, reason: 'syntax' }] } : {}) };
  const columns = header.cells.slice(1).map((c) => c.trim());
  result.unknownLanguages = columns.filter((c) => !languages.includes(c));
  const byLanguage = messagesByLanguage(files, slug, languages);
  const next: Record<string, Record<string, string>> = Object.fromEntries(languages.map((l) => [l, { ...byLanguage[l] }]));
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.cells[0]?.trim() ?? '';
    if (row.cells.length !== header.cells.length) result.badRows.push({ line: row.line, reason: 'columns' });
    else if (!key) result.badRows.push({ line: row.line, reason: 'emptyKey' });
    else if (!keyPattern.test(key)) result.badRows.push({ line: row.line, reason: 'badKey' });
    else if (seen.has(key)) result.badRows.push({ line: row.line, reason: 'duplicate' });
    else {
      seen.add(key);
      columns.forEach((lang, i) => {
        const value = row.cells[i + 1] ?? '';
        if (!languages.includes(lang) || value === '' || next[lang]![key] === value) return;
        next[lang]![key] = value;
        result.changed++;
      });
    }
  }
  if (parsed.error) result.badRows.push({ line: parsed.error.line, reason: 'syntax' });
  for (const lang of languages) {
    if (JSON.stringify(next[lang]) === JSON.stringify(byLanguage[lang])) continue;
    const path = translationPath(slug, lang);
    const file = (files[path] as TranslationFile | undefined) ?? { language: lang, messages: {} };
    result.changes[path] = { ...file, messages: next[lang]! };
  }
  return result;
}
