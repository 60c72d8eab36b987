// CSV of the translations grid: quoting round trip, BOM, line numbers of bad rows, unknown languages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bom, parseCsv, toCsv } from './csv';
import { exportCsv, importCsv, messagesByLanguage, setMessage, translationPath, allKeys, missingCounts, keysOfMissingIssues } from './model';

const files = {
  [translationPath('gujarat', 'gu')]: { language: 'gu', messages: { 'a.b': 'ક, "ખ"', 'line.two': 'એક\nબે' } },
  [translationPath('gujarat', 'en')]: { language: 'en', messages: { 'a.b': 'A, "B"', 'line.two': 'one\r\ntwo', only: 'only in English' } },
};

describe('csv', () => {
  it('writes a BOM, CRLF rows, and quotes commas, quotes, line breaks and edge spaces', () => {
    expect(toCsv([['key', 'gu'], ['a', 'x, "y"'], ['b', ' z']])).toBe(`${bom}key,gu\r\na,"x, ""y"""\r\nb," z"\r\n`);
  });

  it('parses back whatever it writes (any text, in any script)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty cell is a blank line, which CSV cannot tell from nothing.
        const parsed = parseCsv(toCsv(rows));
        expect(parsed.error).toBeUndefined();
        expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('numbers rows by the line they start on, counting line breaks inside quotes', () => {
    const parsed = parseCsv('key,gu\n"a","x\ny"\n\nb,z\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(parseCsv('key\n"open').error).toEqual({ line: 2, message: 'unclosedQuote' });
  });
});

describe('translations grid as CSV', () => {
  const languages = ['gu', 'en'];

  it('round-trips: exporting and importing changes nothing', () => {
    const byLanguage = messagesByLanguage(files, 'gujarat', languages);
    const keys = allKeys(byLanguage);
    expect(missingCounts(keys, byLanguage)).toEqual({ gu: 1, en: 0 });
    const result = importCsv(exportCsv(keys, byLanguage, languages), files, 'gujarat', languages);
    expect(result).toEqual({ changes: {}, changed: 0, unknownLanguages: [], badRows: [], badHeader: false });
  });

  it('imports filled cells, keeps the rest, reports unknown languages and bad rows with their line numbers', () => {
    const csv = `${bom}key,gu,xx,en\r\nonly,ફક્ત,zz,\r\nbroken,row\r\n,a,b,c\r\nonly,again,,\r\nbad key!,a,b,c\r\n`;
    const result = importCsv(csv, files, 'gujarat', languages);
    expect(result.unknownLanguages).toEqual(['xx']);
    expect(result.badRows).toEqual([
      { line: 3, reason: 'columns' },
      { line: 4, reason: 'emptyKey' },
      { line: 5, reason: 'duplicate' },
      { line: 6, reason: 'badKey' },
    ]);
    expect(result.changed).toBe(1);
    expect(Object.keys(result.changes)).toEqual([translationPath('gujarat', 'gu')]);
    expect((result.changes[translationPath('gujarat', 'gu')] as { messages: Record<string, string> }).messages).toEqual({ 'a.b': 'ક, "ખ"', 'line.two': 'એક\nબે', only: 'ફક્ત' });
    expect(importCsv('name,gu\r\n', files, 'gujarat', languages).badHeader).toBe(true);
  });

  it('clearing a cell removes the message, so the engine reports it missing', () => {
    const change = setMessage(files, 'gujarat', 'gu', 'a.b', '');
    expect((change[translationPath('gujarat', 'gu')] as { messages: object }).messages).toEqual({ 'line.two': 'એક\nબે' });
    expect(keysOfMissingIssues([{ code: 'missingTranslation', message: 'missing translation "x.y" in gu (used at f:/p)' }])).toEqual(['x.y']);
    expect(keysOfMissingIssues([{ code: 'missingTranslation', params: { key: 'a.b', lang: 'gu' }, message: 'missing translation "a.b" in gu (needed by the engine)' }])).toEqual(['a.b']);
  });
});
