// Authorization as configured, sensitive fields never leaking, and bad input always refused with a clear 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableEvents, checkEvent, projectRecord, saveForm, type CaseRecord, type UserContext } from '@suraksha/engine';
import { refusalStatus } from '../../runtime/src/http/problem';
import { readStateSource } from '@suraksha/engine/node';
import { mustLoad, repoRoot } from '../support/fixture';
import { demoUsers } from '../../runtime/src/demo/seedDemo';
import { toCaseRecord } from '../../runtime/src/records/storedRecord';
import type { StoredRecord } from '../../runtime/src/store/models';
import { Client, demoClient, startTestServer, type TestServer } from './harness';

const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
const jh = mustLoad(readStateSource(repoRoot, 'jharkhand'));
const mainPath = gj.scenarios.find((s) => s.id === 'cncpMainPath')!;
const dataOf = (form: string) => structuredClone((mainPath.steps.find((s) => s.do === 'save' && s.form === form && s.mode === 'complete' && s.expect?.ok !== false) as { data: Record<string, any> }).data);
const secretCaste = 'Secretcaste-7731';

let server: TestServer;
let recordId: string;

beforeAll(async () => {
  server = await startTestServer();
  const police = await demoClient(server, 'gj.police.ahm');
  const cwc = await demoClient(server, 'gj.cwcmember.ahm');
  const sw = await demoClient(server, 'gj.socialworker.ahm');
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: dataOf('form17'), mode: 'complete' } });
  recordId = created.body.record.id;
  const produced = await police.json('POST', `/api/records/${recordId}/events/PRODUCE_BEFORE_CWC`, { version: created.body.record.version });
  const form21 = await cwc.json('PUT', `/api/records/${recordId}/forms/form21`, { data: dataOf('form21'), mode: 'complete', version: produced.body.record.version });
  const ordered = await cwc.json('POST', `/api/records/${recordId}/events/ORDER_SIR`, { version: form21.body.record.version });
  const sir = dataOf('form22');
  sir.identity.caste = secretCaste;
  const saved = await sw.json('PUT', `/api/records/${recordId}/forms/form22`, { data: sir, mode: 'complete', version: ordered.body.record.version });
  expect(saved.status).toBe(200);
}, 180_000);
afterAll(async () => server?.stop());

async function storedRecord(): Promise<CaseRecord> {
  return toCaseRecord((await server.runtime.services.models.records.findById(recordId).lean<StoredRecord>())!);
}

function contextOf(user: { username: string; state: string; roles: string[]; district?: string; office?: string }, id: string): UserContext {
  return { id, state: user.state, roles: user.roles, ...(user.district ? { district: user.district } : {}), ...(user.office ? { office: user.office } : {}) };
}

describe('authorization matrix: every demo role of Gujarat and Jharkhand against a Gujarat case in Ahmedabad', () => {
  const users = [...demoUsers(gj), ...demoUsers(jh)];

  it.each(users.map((u) => [u.username, u] as const))('%s sees, lists, edits and acts exactly as configured', async (_name, user) => {
    const client = await demoClient(server, user.username);
    const me = (await client.json('GET', '/api/me')).body.user;
    const record = await storedRecord();
    const ctx = contextOf(user, me.id);
    const deployment = user.state === 'GJ' ? gj : jh;
    const expectedView = user.state === 'GJ' ? projectRecord(gj, record, ctx) : undefined;

    const get = await client.json('GET', `/api/records/${recordId}`);
    expect(get.status).toBe(expectedView ? 200 : 404);
    if (expectedView) expect(get.body.record.forms).toEqual(expectedView.forms);
    const history = await client.json('GET', `/api/records/${recordId}/history`);
    expect(history.status).toBe(expectedView ? 200 : 404);
    const list = await client.json('GET', '/api/records?recordType=cncp&pageSize=100');
    expect(list.body.items.some((i: { id: string }) => i.id === recordId)).toBe(Boolean(expectedView));

    const events = await client.json('GET', `/api/records/${recordId}/events`);
    if (expectedView) expect(events.body.events.map((e: { event: string }) => e.event)).toEqual(availableEvents({ deployment, user: ctx, now: new Date(), lang: 'en' }, record).map((e) => e.event));
    else expect(events.status).toBe(404);

    // A save of one changed field: allowed or refused exactly as the engine decides for this role.
    const view = structuredClone(expectedView?.forms.form22?.data ?? {}) as any;
    const attempt = { ...view, observations: { ...(view.observations ?? {}), recommendation: `changed by ${user.username}` } };
    const engineSays = user.state === 'GJ' ? saveForm({ deployment: gj, user: ctx, now: new Date(), lang: 'en' }, record, { form: 'form22', data: attempt, mode: 'complete' }) : { ok: false as const, code: 'notFound' };
    const put = await client.json('PUT', `/api/records/${recordId}/forms/form22`, { data: attempt, mode: 'complete', version: record.version });
    const expectedStatus = engineSays.ok ? 200 : { notFound: 404, forbidden: 403, fieldsForbidden: 403, notEditable: 409, invalidData: 422 }[engineSays.code as string];
    expect(put.status, JSON.stringify(put.body)).toBe(expectedStatus);

    // Every event of the workflow: a refusal must match the engine's (allowed ones were compared as the events list).
    const current = await storedRecord();
    for (const event of Object.keys(gj.workflows.get('cncp')!.config.events)) {
      const check = user.state === 'GJ' ? checkEvent(gj, current, event, ctx, new Date()) : { ok: false as const, code: 'notFound' as const };
      if (check.ok) continue;
      const fired = await client.json('POST', `/api/records/${recordId}/events/${event}`, { version: current.version });
      expect(fired.body.code, `${event}: ${JSON.stringify(fired.body)}`).toBe(check.code);
      expect(fired.status).toBe(refusalStatus[check.code]);
    }

    const users = await client.json('GET', '/api/users');
    expect(users.status).toBe(user.roles.includes('stateAdmin') ? 200 : 403);
    if (users.status === 200) expect(users.body.users.every((u: { state: string }) => u.state === user.state)).toBe(true);
  });
});

describe('sensitive fields', () => {
  it('a user who may not read caste never sees it: not in the record, the list, the history or an error', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const responses = [
      await police.request('GET', `/api/records/${recordId}`),
      await police.request('GET', '/api/records?recordType=cncp&pageSize=100'),
      await police.request('GET', `/api/records/${recordId}/history`),
      await police.request('PUT', `/api/records/${recordId}/forms/form22`, { data: { identity: { caste: 'x' } }, mode: 'draft', version: 1 }),
      await police.request('PUT', `/api/records/${recordId}/forms/form22`, { data: { identity: { caste: 'x' } }, mode: 'draft', version: (await storedRecord()).version }),
    ];
    for (const response of responses) {
      const text = await response.text();
      expect(text).not.toContain(secretCaste);
      expect(text).not.toContain('"caste"');
    }
    expect(responses[0]!.status).toBe(200);
  });

  it('a social worker, who needs it, reads caste, and the read is audited', async () => {
    const sw = await demoClient(server, 'gj.socialworker.ahm');
    const record = await sw.json('GET', `/api/records/${recordId}`);
    expect(record.body.record.forms.form22.data.identity.caste).toBe(secretCaste);
    const audited = await server.runtime.services.models.audit.countDocuments({ action: 'record.read.sensitive', target: recordId });
    expect(audited).toBeGreaterThan(0);
  });
});

describe('bad input: always a clear 4xx, never 5xx, nothing written', () => {
  let police: Client;
  let before: number;
  beforeAll(async () => {
    police = await demoClient(server, 'gj.police.ahm');
    before = await server.runtime.services.models.records.countDocuments();
  });

  const cases: [string, string, string, unknown, Record<string, string>?][] = [
    ['malformed JSON', 'POST', '/api/records', '{"recordType": "cncp", '],
    ['wrong type', 'POST', '/api/records', { recordType: 5, district: 'AHM' }],
    ['unknown field', 'POST', '/api/records', { recordType: 'cncp', district: 'AHM', admin: true }],
    ['$where in body', 'POST', '/api/records', { recordType: 'cncp', district: 'AHM', $where: 'sleep(1000)' }],
    ['$gt nested in form data', 'POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { mode: 'draft', data: { child: { name: { $gt: '' } } } } }],
    ['operator in a value', 'POST', '/api/records', { recordType: { $ne: null }, district: 'AHM' }],
    ['unknown record type', 'POST', '/api/records', { recordType: 'adoption', district: 'AHM' }],
    ['district of another state', 'POST', '/api/records', { recordType: 'cncp', district: 'RAN' }],
    ['odd Unicode in a code', 'POST', '/api/records', { recordType: 'cncp', district: 'AH\u202EM' }],
    ['not JSON content type', 'POST', '/api/records', 'recordType=cncp', { 'content-type': 'text/plain' }],
    ['$ne in query', 'GET', '/api/records?district[$ne]=AHM', undefined],
    ['repeated query key', 'GET', '/api/records?stage=a&stage=b', undefined],
    ['unknown query key', 'GET', '/api/records?where=1', undefined],
    ['page out of range', 'GET', '/api/records?page=0', undefined],
    ['invalid id', 'GET', '/api/records/not-a-uuid', undefined],
    ['invalid id with operator', 'GET', '/api/records/%7B%22%24ne%22%3A1%7D', undefined],
    ['unknown form', 'PUT', `/api/records/00000000-0000-4000-8000-000000000000/forms/zzz`, { data: {}, mode: 'draft', version: 1 }],
    ['bad mode', 'PUT', `/api/records/00000000-0000-4000-8000-000000000000/forms/form17`, { data: {}, mode: 'final', version: 1 }],
    ['bad If-Match', 'POST', `/api/records/00000000-0000-4000-8000-000000000000/events/X`, { }, { 'if-match': 'abc' }],
    ['unknown endpoint', 'GET', '/api/nothing', undefined],
  ];

  it.each(cases)('%s', async (_name, method, path, body, headers) => {
    const response = await police.json(method, path, body, headers);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.title).toBeTruthy();
  });

  it('treats regex metacharacters in a search as plain text', async () => {
    const response = await police.json('GET', '/api/records?q=' + encodeURIComponent('.*(a+)+$'));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
  });

  it('refuses a huge body with 413', async () => {
    const response = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { mode: 'draft', data: { child: { name: 'x'.repeat(2_000_000) } } } });
    expect(response.status).toBe(413);
  });

  it('names the field of a validation error with a JSON pointer, in the user language', async () => {
    const data = dataOf('form17');
    data.production.date = '2999-01-01';
    const response = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data, mode: 'complete' } });
    expect(response.status).toBe(422);
    expect(response.body.issues).toContainEqual(expect.objectContaining({ pointer: '/production/date', key: 'validation.notInFuture' }));
    expect(response.body.issues[0].message).toMatch(/[\u0A80-\u0AFF]/);
  });

  it('wrote nothing', async () => {
    expect(await server.runtime.services.models.records.countDocuments()).toBe(before);
  });
});
