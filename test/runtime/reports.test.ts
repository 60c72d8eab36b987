// Reports on the embedded database: figures equal hand-computed ones on a fixture, each viewer sees only the districts
// they may read, and the CSV and XLSX exports carry the same figures.
import { randomUUID } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay } from '@suraksha/engine';
import type { Models } from '../../runtime/src/store/models';
import { demoClient, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
let models: Models;
const tz = 'Asia/Kolkata';

/** The calendar day `n` months before today (day clamped to the month's end), plus `extraDays`. */
function monthsAgo(n: number, extraDays = 0): string {
  const [y, m, d] = calendarDay(new Date(), tz).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 - n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 - n, Math.min(d, last) + extraDays)).toISOString().slice(0, 10);
}

const ids: Record<string, string> = {};

async function record(name: string, r: { district: string; recordType: string; stage: string; createdAt: string; production?: string }) {
  ids[name] = randomUUID();
  await models.records.create({
    _id: ids[name],
    state: 'GJ',
    recordType: r.recordType,
    district: r.district,
    ownerId: 'fixture',
    assignees: [],
    stage: r.stage,
    workflowVersion: 1,
    configVersion: 1,
    forms: r.production ? { form17: { version: 1, status: 'complete', data: { production: { date: r.production } }, updatedAt: r.createdAt, updatedBy: 'fixture' } } : {},
    deadlines: {},
    createdAt: r.createdAt,
    updatedAt: new Date(r.createdAt),
    version: 1,
    searchKeys: [],
    nextDue: null,
  });
}

async function transition(name: string, district: string, event: string, from: string, to: string, at: string) {
  await models.recordEvents.create({ _id: randomUUID(), recordId: ids[name]!, state: 'GJ', district, at: new Date(at), actor: 'fixture', actorRoles: [], kind: 'transition', event, from, to, changes: [], version: 2 });
}

beforeAll(async () => {
  server = await startTestServer();
  models = server.runtime.services.models;
  // Records with known creation instants (Asia/Kolkata is UTC+05:30), stages and production dates.
  await record('a1', { district: 'AHM', recordType: 'cncp', stage: 'intake', createdAt: '2025-01-10T05:00:00.000Z' }); // Jan; no production date: pendency from creation (> 12 months)
  await record('a2', { district: 'AHM', recordType: 'cncp', stage: 'closed', createdAt: '2025-01-20T05:00:00.000Z', production: monthsAgo(20) }); // Jan; closed: no pendency
  await record('a3', { district: 'AHM', recordType: 'cncp', stage: 'sirOrdered', createdAt: '2025-01-31T19:00:00.000Z', production: monthsAgo(1) }); // 1 Feb 00:30 IST: Feb; under 4
  await record('a4', { district: 'AHM', recordType: 'missingChild', stage: 'traced', createdAt: '2025-02-05T05:00:00.000Z' }); // Feb
  await record('a5', { district: 'AHM', recordType: 'missingChild', stage: 'reported', createdAt: '2025-02-28T18:29:00.000Z' }); // 28 Feb 23:59 IST: Feb
  await record('a6', { district: 'AHM', recordType: 'foundChild', stage: 'matched', createdAt: '2025-03-03T05:00:00.000Z' }); // Mar
  await record('a7', { district: 'AHM', recordType: 'cncp', stage: 'producedBeforeCwc', createdAt: '2024-11-05T05:00:00.000Z', production: monthsAgo(4, 1) }); // before the range; 1 day short of 4 months: under 4
  await record('s1', { district: 'SUR', recordType: 'cncp', stage: 'producedBeforeCwc', createdAt: '2025-02-14T05:00:00.000Z', production: monthsAgo(5) }); // Feb; 4–6
  await record('s2', { district: 'SUR', recordType: 'missingChild', stage: 'restored', createdAt: '2025-03-10T05:00:00.000Z' }); // Mar
  await record('s3', { district: 'SUR', recordType: 'foundChild', stage: 'restored', createdAt: '2025-03-11T05:00:00.000Z' }); // Mar
  await record('s4', { district: 'SUR', recordType: 'cncp', stage: 'intake', createdAt: '2024-12-31T18:29:59.000Z', production: monthsAgo(7) }); // 31 Dec 23:59 IST: before the range; 6–12
  await record('m1', { district: 'AMR', recordType: 'cncp', stage: 'intake', createdAt: '2025-02-02T05:00:00.000Z', production: monthsAgo(4) }); // Feb; exactly 4 months: 4–6
  // Transitions that count as matched (traced / matched stages) and restored.
  await transition('a4', 'AHM', 'MARK_TRACED', 'firRegistered', 'traced', '2025-02-20T05:00:00.000Z'); // Feb AHM matched
  await transition('a6', 'AHM', 'RECORD_MATCH', 'producedBeforeCwc', 'matched', '2025-03-05T05:00:00.000Z'); // Mar AHM matched
  await transition('a6', 'AHM', 'REJECT_MATCH', 'matched', 'producedBeforeCwc', '2025-03-06T05:00:00.000Z');
  await transition('a6', 'AHM', 'RECORD_MATCH', 'producedBeforeCwc', 'matched', '2025-03-07T05:00:00.000Z'); // the same record again: still 1
  await transition('s2', 'SUR', 'MARK_TRACED', 'firRegistered', 'traced', '2025-03-12T05:00:00.000Z'); // Mar SUR matched
  await transition('s2', 'SUR', 'RESTORE', 'traced', 'restored', '2025-03-20T05:00:00.000Z'); // Mar SUR restored
  await transition('s3', 'SUR', 'PRODUCE_BEFORE_CWC', 'reported', 'producedBeforeCwc', '2025-03-12T05:00:00.000Z'); // not an outcome
  await transition('s3', 'SUR', 'RESTORE', 'producedBeforeCwc', 'restored', '2025-03-31T19:00:00.000Z'); // 1 Apr 00:30 IST: after the range
}, 180_000);
afterAll(async () => server?.stop());

const range = 'from=2025-01&to=2025-03';
const pick = (rows: Record<string, unknown>[], keys: string[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

async function report(client: Client, path: string) {
  const response = await client.json('GET', `/api/reports/${path}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { rows: Record<string, unknown>[]; totals?: Record<string, unknown>; columns: { key: string; label: string }[] };
}

describe('report figures equal the hand-computed figures of the fixture', () => {
  it('records created per month, district and record type (months on the state clock)', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const monthly = await report(admin, `monthly?${range}&lang=en`);
    expect(pick(monthly.rows, ['month', 'districtCode', 'recordType', 'count'])).toEqual([
      { month: '2025-01', districtCode: 'AHM', recordType: 'cncp', count: 2 },
      { month: '2025-02', districtCode: 'AHM', recordType: 'cncp', count: 1 },
      { month: '2025-02', districtCode: 'AHM', recordType: 'missingChild', count: 2 },
      { month: '2025-02', districtCode: 'AMR', recordType: 'cncp', count: 1 },
      { month: '2025-02', districtCode: 'SUR', recordType: 'cncp', count: 1 },
      { month: '2025-03', districtCode: 'AHM', recordType: 'foundChild', count: 1 },
      { month: '2025-03', districtCode: 'SUR', recordType: 'foundChild', count: 1 },
      { month: '2025-03', districtCode: 'SUR', recordType: 'missingChild', count: 1 },
    ]);
    expect(monthly.totals).toMatchObject({ month: 'Total', count: 10 });
    expect(monthly.rows[0]).toMatchObject({ districtName: 'Ahmedabad', recordTypeLabel: 'Child in need of care and protection' });
    const cncpOnly = await report(admin, `monthly?${range}&recordType=cncp&district=AHM`);
    expect(pick(cncpOnly.rows, ['month', 'count'])).toEqual([
      { month: '2025-01', count: 2 },
      { month: '2025-02', count: 1 },
    ]);
  });

  it('current stage counts', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const stages = await report(admin, 'stages?lang=en');
    expect(pick(stages.rows, ['districtCode', 'recordType', 'stage', 'count'])).toEqual([
      { districtCode: 'AHM', recordType: 'cncp', stage: 'closed', count: 1 },
      { districtCode: 'AHM', recordType: 'cncp', stage: 'intake', count: 1 },
      { districtCode: 'AHM', recordType: 'cncp', stage: 'producedBeforeCwc', count: 1 },
      { districtCode: 'AHM', recordType: 'cncp', stage: 'sirOrdered', count: 1 },
      { districtCode: 'AHM', recordType: 'foundChild', stage: 'matched', count: 1 },
      { districtCode: 'AHM', recordType: 'missingChild', stage: 'reported', count: 1 },
      { districtCode: 'AHM', recordType: 'missingChild', stage: 'traced', count: 1 },
      { districtCode: 'AMR', recordType: 'cncp', stage: 'intake', count: 1 },
      { districtCode: 'SUR', recordType: 'cncp', stage: 'intake', count: 1 },
      { districtCode: 'SUR', recordType: 'cncp', stage: 'producedBeforeCwc', count: 1 },
      { districtCode: 'SUR', recordType: 'foundChild', stage: 'restored', count: 1 },
      { districtCode: 'SUR', recordType: 'missingChild', stage: 'restored', count: 1 },
    ]);
    expect(stages.rows.find((r) => r.stage === 'closed')).toMatchObject({ stageLabel: 'Closed', final: 1 });
    expect(stages.totals).toMatchObject({ count: 12 });
  });

  it('pendency of open CNCP cases since first production, in the buckets under 4, 4–6, 6–12, over 12 months', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const pendency = await report(admin, 'pendency');
    expect(pick(pendency.rows, ['districtCode', 'under4', 'from4to6', 'from6to12', 'over12', 'total'])).toEqual([
      { districtCode: 'AHM', under4: 2, from4to6: 0, from6to12: 0, over12: 1, total: 3 },
      { districtCode: 'AMR', under4: 0, from4to6: 1, from6to12: 0, over12: 0, total: 1 },
      { districtCode: 'SUR', under4: 0, from4to6: 1, from6to12: 1, over12: 0, total: 2 },
    ]);
    expect(pendency.totals).toMatchObject({ under4: 2, from4to6: 2, from6to12: 1, over12: 1, total: 6 });
  });

  it('missing, found, matched and restored per month (each record once a month; by the state clock)', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const outcomes = await report(admin, `outcomes?${range}`);
    expect(pick(outcomes.rows, ['month', 'districtCode', 'missing', 'found', 'matched', 'restored'])).toEqual([
      { month: '2025-02', districtCode: 'AHM', missing: 2, found: 0, matched: 1, restored: 0 },
      { month: '2025-03', districtCode: 'AHM', missing: 0, found: 1, matched: 1, restored: 0 },
      { month: '2025-03', districtCode: 'SUR', missing: 1, found: 1, matched: 1, restored: 1 },
    ]);
    const april = await report(admin, 'outcomes?from=2025-04&to=2025-04');
    expect(pick(april.rows, ['month', 'districtCode', 'restored'])).toEqual([{ month: '2025-04', districtCode: 'SUR', restored: 1 }]);
  });
});

describe('a viewer sees report figures only for the districts they may read', () => {
  it('Ahmedabad and Surat CWC members, the Ahmedabad DCPO and the state admin see their own districts', async () => {
    const views: Record<string, string[]> = {};
    for (const user of ['gj.cwcmember.ahm', 'gj.cwcmember.sur', 'gj.dcpo.ahm', 'gj.stateadmin']) {
      const client = await demoClient(server, user);
      const districts = new Set<string>();
      for (const path of [`monthly?${range}`, 'stages', 'pendency', `outcomes?${range}`]) for (const row of (await report(client, path)).rows) districts.add(row.districtCode as string);
      views[user] = [...districts].sort();
    }
    expect(views).toEqual({ 'gj.cwcmember.ahm': ['AHM'], 'gj.cwcmember.sur': ['SUR'], 'gj.dcpo.ahm': ['AHM'], 'gj.stateadmin': ['AHM', 'AMR', 'SUR'] });
    const surat = await report(await demoClient(server, 'gj.cwcmember.sur'), `monthly?${range}`);
    expect(surat.totals).toMatchObject({ count: 3 });
    const ahmedabad = await report(await demoClient(server, 'gj.cwcmember.ahm'), 'pendency');
    expect(ahmedabad.totals).toMatchObject({ under4: 2, over12: 1, total: 3 });
  });

  it('asking for another district gives nothing, not its figures', async () => {
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    for (const path of [`monthly?${range}&district=SUR`, 'stages?district=SUR', 'pendency?district=SUR', `outcomes?${range}&district=SUR`]) {
      const body = await report(cwc, path);
      expect(body.rows, path).toEqual([]);
      expect(body.totals).toBeUndefined();
    }
  });

  it('roles without a report rule in roles.json are refused (police, citizen); other states see none of Gujarat', async () => {
    for (const user of ['gj.police.ahm', 'gj.police.sur', 'gj.citizen', 'gj.socialworker.ahm']) {
      const client = await demoClient(server, user);
      expect((await client.json('GET', `/api/reports/monthly?${range}`)).status, user).toBe(403);
      expect((await client.json('GET', '/api/reports')).status, user).toBe(403);
    }
    const jh = await demoClient(server, 'jh.stateadmin');
    expect((await report(jh, `monthly?${range}`)).rows).toEqual([]);
    expect((await new (await import('./harness')).Client(server.url).json('GET', '/api/reports/stages')).status).toBe(401);
  });

  it('lists the reports it may read, in the user language', async () => {
    const list = await (await demoClient(server, 'gj.dcpo.ahm')).json('GET', '/api/reports?lang=en');
    expect(list.body.reports.map((r: { id: string }) => r.id)).toEqual(['monthly', 'stages', 'pendency', 'outcomes']);
    expect(list.body.reports[0].title).toBe('Records created per month');
  });
});

describe('report parameters are validated', () => {
  it('refuses unknown parameters, bad months, reversed ranges, unknown districts and reports', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const cases: [string, number, string?][] = [
      ['monthly?foo=1', 400, '/foo'],
      ['monthly?from=2025-13', 400, '/from'],
      ['monthly?from=2025-03&to=2025-01', 400, '/from'],
      ['monthly?from=2010-01&to=2025-01', 400, '/from'],
      ['stages?from=2025-01', 400, '/from'],
      ['monthly?district=XYZ', 400, '/district'],
      ['monthly?recordType=nothing', 400, '/recordType'],
      ['monthly?format=pdf', 400, '/format'],
      ['monthly?district=AHM&district=SUR', 400, '/district'],
      ['nothing', 404],
    ];
    for (const [path, status, pointer] of cases) {
      const response = await admin.json('GET', `/api/reports/${path}`);
      expect(response.status, path).toBe(status);
      if (pointer) expect(response.body.issues.map((i: { pointer: string }) => i.pointer), path).toContain(pointer);
    }
  });
});

describe('exports', () => {
  it('CSV: UTF-8 with a BOM, CRLF lines, the user language, quoting, and the same figures as JSON', async () => {
    const cwc = await demoClient(server, 'gj.cwcmember.ahm'); // Gujarati, the state default
    const response = await cwc.request('GET', `/api/reports/monthly?${range}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="suraksha-GJ-monthly-2025-01-2025-03.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['મહિનો', 'જિલ્લા કોડ', 'જિલ્લો', 'રેકોર્ડનો પ્રકાર', 'સંખ્યા']);
    const json = await report(cwc, `monthly?${range}`);
    expect(rows.slice(1)).toEqual([...json.rows, json.totals!].map((r) => json.columns.map((c) => (r[c.key] === undefined ? '' : String(r[c.key])))));
    expect(rows[1]).toEqual(['2025-01', 'AHM', 'અમદાવાદ', 'સંભાળ અને રક્ષણની જરૂરિયાતવાળું બાળક', '2']);
    expect(rows.at(-1)).toEqual(['કુલ', '', '', '', '6']);
  });

  it('XLSX: a valid zip whose sheet holds the figures (numbers as numbers, text inline)', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const response = await admin.request('GET', '/api/reports/pendency?format=xlsx&lang=gu');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(files['xl/workbook.xml']).toContain('<sheet name="pendency"');
    const sheet = sheetRows(files['xl/worksheets/sheet1.xml']!);
    expect(sheet[0]).toEqual(['જિલ્લા કોડ', 'જિલ્લો', '4 મહિનાથી ઓછા', '4 થી 6 મહિના', '6 થી 12 મહિના', '12 મહિનાથી વધુ', 'કુલ']);
    expect(sheet.slice(1)).toEqual([
      ['AHM', 'અમદાવાદ', 2, 0, 0, 1, 3],
      ['AMR', 'અમરેલી', 0, 1, 0, 0, 1],
      ['SUR', 'સુરત', 0, 1, 1, 0, 2],
      ['કુલ', null, 2, 2, 1, 1, 6],
    ]);
  });
});

/** Parses RFC 4180 CSV (quoted fields with doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

/** Reads a zip through its central directory, inflating each entry and checking its CRC-32 and size. */
function unzip(zip: Buffer): Record<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(data.length).toBe(size);
    expect(crc32(data) >>> 0).toBe(crc);
    files[name] = data.toString('utf8');
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The cells of a worksheet, row by row: numbers from <v>, text from inline strings, null for empty cells. */
function sheetRows(xml: string): (string | number | null)[][] {
  return [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, cells]) => {
    const row: (string | number | null)[] = [];
    for (const [, ref, body] of cells!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      const column = [...ref!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      while (row.length < column) row.push(null);
      const number = /<v>(.*?)<\/v>/.exec(body!);
      row.push(number ? Number(number[1]) : /<t[^>]*>(.*?)<\/t>/.exec(body!)![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    }
    return row;
  });
}
