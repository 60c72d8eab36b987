// Units of the reports: months on a state clock, pendency buckets, stage classes per state, CSV quoting, XLSX parts.
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '@suraksha/engine';
import { readStateSource } from '@suraksha/engine/node';
import { caseNumbersPlugin } from '@suraksha/plugin-case-numbers';
import { matchingPlugin } from '@suraksha/plugin-matching';
import { alertsPlugin } from '@suraksha/plugin-alerts';
import { reportsPlugin } from '@suraksha/plugin-reports';
import { fileURLToPath } from 'node:url';
import { addMonths, formatLocal, fullMonths, monthOf, monthsBetween, startOfMonth } from './time';
import { pendencyBucket } from './figures';
import { stageClasses } from './stageMap';
import { csvField, toCsv } from './csv';
import { columnName, escapeXml, zip } from './xlsx';
import { inflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const load = (slug: string) => {
  const result = loadDeployment(readStateSource(root, slug), { plugins: [caseNumbersPlugin, matchingPlugin, alertsPlugin, reportsPlugin] });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.deployment;
};

describe('months on the state clock', () => {
  it('places instants in the month of Asia/Kolkata, not UTC', () => {
    expect(monthOf(new Date('2025-01-31T18:29:59Z'), 'Asia/Kolkata')).toBe('2025-01');
    expect(monthOf(new Date('2025-01-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2025-02');
    expect(startOfMonth('2025-02', 'Asia/Kolkata').toISOString()).toBe('2025-01-31T18:30:00.000Z');
    expect(startOfMonth('2025-03', 'Europe/London').toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(startOfMonth('2025-07', 'Europe/London').toISOString()).toBe('2025-06-30T23:00:00.000Z');
    expect(formatLocal(new Date('2025-03-16T18:30:00Z'), 'Asia/Kolkata')).toBe('17-03-2025 00:00');
  });

  it('adds months and lists a range', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-03', -27)).toBe('2022-12');
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-02', '2025-01')).toEqual([]);
  });

  it('counts whole months like the engine counts P1M (clamped to the month end)', () => {
    expect(fullMonths('2025-01-15', '2025-05-14')).toBe(3);
    expect(fullMonths('2025-01-15', '2025-05-15')).toBe(4);
    expect(fullMonths('2025-01-31', '2025-02-27')).toBe(0);
    expect(fullMonths('2025-01-31', '2025-02-28')).toBe(1);
    expect(fullMonths('2024-03-01', '2025-03-01')).toBe(12);
    expect(fullMonths('2025-03-01', '2025-03-01')).toBe(0);
  });

  it('puts pendency in the buckets states use, lower bounds included', () => {
    expect([0, 3, 4, 5, 6, 11, 12, 40].map(pendencyBucket)).toEqual(['under4', 'under4', 'from4to6', 'from4to6', 'from6to12', 'from6to12', 'over12', 'over12']);
  });
});

describe('stage classes come from each state workflow', () => {
  it('Gujarat: traced and matched count as matched, restored is not final', () => {
    const gj = load('gujarat');
    expect([...stageClasses(gj, 'missingChild').matched]).toEqual(['traced']);
    expect([...stageClasses(gj, 'foundChild').matched]).toEqual(['matched']);
    expect([...stageClasses(gj, 'missingChild').restored]).toEqual(['restored']);
    expect([...stageClasses(gj, 'missingChild').final]).toEqual(['closed']);
    expect([...stageClasses(gj, 'foundChild').restoreEvents]).toEqual(['RESTORE']);
  });

  it('Jharkhand: restored, taken into care and transferred are final', () => {
    const jh = load('jharkhand');
    expect([...stageClasses(jh, 'foundChild').final].sort()).toEqual(['restored', 'takenIntoCare', 'transferred']);
    expect([...stageClasses(jh, 'foundChild').restoreEvents]).toEqual(['RESTORE_TO_FAMILY']);
  });

  it('West Bengal: a match under verification is matched, and restoring closes the report', () => {
    const wb = load('west-bengal');
    expect([...stageClasses(wb, 'foundChild').matched]).toEqual(['matchVerification']);
    expect([...stageClasses(wb, 'foundChild').restored]).toEqual([]);
    expect([...stageClasses(wb, 'foundChild').restoreEvents]).toEqual(['RESTORE_TO_FAMILY']);
    expect([...stageClasses(wb, 'cncp').final]).toEqual(['closed']);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and outer spaces, and keeps formulas as text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField('সুরত, জেলা')).toBe('"সুরত, জেলা"');
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv({ title: 't', columns: [{ key: 'a', label: 'ক' }, { key: 'b', label: 'B' }], rows: [{ a: 'x', b: 1 }], totals: { a: 'মোট', b: 1 } });
    expect(csv).toBe('\uFEFFক,B\r\nx,1\r\nমোট,1\r\n');
  });
});

describe('XLSX parts', () => {
  it('names columns and escapes XML', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('zips files that inflate back to their content', () => {
    const archive = zip([{ path: 'a.txt', data: Buffer.from('hello হ্যালো') }]);
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    const size = archive.readUInt32LE(18);
    expect(inflateRawSync(archive.subarray(30 + 5, 30 + 5 + size)).toString('utf8')).toBe('hello হ্যালো');
    expect(archive.readUInt32LE(archive.length - 22)).toBe(0x06054b50);
  });
});
