// The records API end to end on the embedded database: a case through its stages, history, conflicts, case numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStateSource } from '@suraksha/engine/node';
import { mustLoad, repoRoot } from '../support/fixture';
import { demoClient, startTestServer, Client, type TestServer } from './harness';
import { deliverPending, type Transport } from '../../runtime/src/outbox/outboxWorker';

const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
const mainPath = gj.scenarios.find((s) => s.id === 'cncpMainPath')!;
const dataOf = (form: string) => (mainPath.steps.find((s) => s.do === 'save' && s.form === form && s.mode === 'complete' && s.expect?.ok !== false) as { data: Record<string, unknown> }).data;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

async function createCase(police: Client) {
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: dataOf('form17'), mode: 'complete' } });
  expect(created.status).toBe(201);
  return created.body.record as { id: string; version: number; stage: string };
}

describe('records API', () => {
  it('serves health and the OpenAPI document without a session', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok', states: ['GJ', 'JH', 'WB'] });
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain('/records/{id}/events/{event}');
  });

  it('carries a case from intake to the SIR with deadlines, case number and history', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    const sw = await demoClient(server, 'gj.socialworker.ahm');
    const record = await createCase(police);
    expect(record.stage).toBe('intake');

    const produced = await police.json('POST', `/api/records/${record.id}/events/PRODUCE_BEFORE_CWC`, undefined, { 'if-match': `"${record.version}"` });
    expect(produced.status).toBe(200);
    expect(produced.body.record.stage).toBe('producedBeforeCwc');
    expect(produced.body.record.caseNumber).toMatch(/^GJ\/AHM\/\d{4}\/\d{6}$/);
    expect(Object.keys(produced.body.record.deadlines)).toEqual(['finalOrder']);
    // The workflow assigns the case to a CWC member of the district: it is in their work.
    const assignedTo = async (client: Client) => ((await client.json('GET', '/api/records?assignedToMe=true&pageSize=100')).body.items as { id: string }[]).map((i) => i.id);
    expect(await assignedTo(cwc)).toContain(record.id);
    expect(await assignedTo(sw)).not.toContain(record.id);

    const form21 = await cwc.json('PUT', `/api/records/${record.id}/forms/form21`, { data: dataOf('form21'), mode: 'complete', version: produced.body.record.version });
    expect(form21.status).toBe(200);
    expect(form21.body.events.map((e: { event: string }) => e.event)).toContain('ORDER_SIR');
    const events = await police.json('GET', `/api/records/${record.id}/events`);
    expect(events.body.events).toEqual([]);
    const ordered = await cwc.json('POST', `/api/records/${record.id}/events/ORDER_SIR`, { version: form21.body.record.version });
    expect(ordered.body.record.stage).toBe('sirOrdered');
    expect(await assignedTo(sw)).toContain(record.id);

    const sir = await sw.json('PUT', `/api/records/${record.id}/forms/form22`, { data: dataOf('form22'), mode: 'complete' }, { 'if-match': String(ordered.body.record.version) });
    expect(sir.status).toBe(200);
    const history = await cwc.json('GET', `/api/records/${record.id}/history`);
    expect(history.body.history.map((h: { kind: string; event?: string; form?: string }) => h.event ?? h.form ?? h.kind)).toEqual(['created', 'form17', 'PRODUCE_BEFORE_CWC', 'form21', 'ORDER_SIR', 'form22']);
    const sirEntry = history.body.history.at(-1);
    expect(sirEntry.actor).toBeTruthy();
    expect(sirEntry.changes.length).toBeGreaterThan(10);
  });

  it('refuses a transition with the reason in the user language', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM' });
    const refused = await police.json('POST', `/api/records/${created.body.record.id}/events/PRODUCE_BEFORE_CWC`, { version: created.body.record.version });
    expect(refused.status).toBe(422);
    expect(['guardFailed', 'formIncomplete']).toContain(refused.body.code);
    expect(refused.body.title).toMatch(/[\u0A80-\u0AFF]/); // Gujarati script: the state's default language
    const english = await police.json('POST', `/api/records/${created.body.record.id}/events/PRODUCE_BEFORE_CWC?lang=en`, { version: created.body.record.version });
    expect(english.body.title).toMatch(/^[\x20-\x7E]+$/);
  });

  it('lets exactly one of two saves of the same version win; the other gets 409 and nothing is lost', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const other = await demoClient(server, 'gj.police.ahm');
    const record = await createCase(police);
    const base = dataOf('form17') as { child: Record<string, unknown> };
    const [a, b] = await Promise.all([
      police.json('PUT', `/api/records/${record.id}/forms/form17`, { data: { ...base, child: { ...base.child, name: 'Asha A' } }, mode: 'draft', version: record.version }),
      other.json('PUT', `/api/records/${record.id}/forms/form17`, { data: { ...base, child: { ...base.child, name: 'Asha B' } }, mode: 'draft', version: record.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ code: 'conflict', currentVersion: record.version + 1 });
    const winnerName = (a.status === 200 ? 'Asha A' : 'Asha B');
    const stored = await police.json('GET', `/api/records/${record.id}`);
    expect(stored.body.record.forms.form17.data.child.name).toBe(winnerName);
  });

  it('requires the edited version (428) and refuses a stale one (409)', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const record = await createCase(police);
    expect((await police.json('PUT', `/api/records/${record.id}/forms/form17`, { data: dataOf('form17'), mode: 'draft' })).status).toBe(428);
    expect((await police.json('POST', `/api/records/${record.id}/events/PRODUCE_BEFORE_CWC`, { version: record.version - 1 })).status).toBe(409);
  });

  it('gives 50 concurrently produced cases 50 distinct case numbers', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const records = await Promise.all(Array.from({ length: 50 }, () => createCase(police)));
    const produced = await Promise.all(records.map((r) => police.json('POST', `/api/records/${r.id}/events/PRODUCE_BEFORE_CWC`, { version: r.version })));
    expect(produced.map((p) => p.status)).toEqual(Array(50).fill(200));
    const numbers = produced.map((p) => p.body.record.caseNumber);
    expect(new Set(numbers).size).toBe(50);
  }, 120_000);

  it('lists with filters, name search in any script, sort and pagination', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const base = dataOf('form17') as { child: Record<string, unknown> };
    const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: { ...base, child: { ...base.child, name: 'સુનિતા પટેલ' } }, mode: 'draft' } });
    expect(created.status).toBe(201);
    for (const q of ['Sunita', 'सुनीता', 'સુનિતા', 'sunee']) {
      const found = await police.json('GET', `/api/records?q=${encodeURIComponent(q)}&recordType=cncp`);
      expect(found.body.items.map((i: { id: string }) => i.id)).toContain(created.body.record.id);
    }
    const page = await police.json('GET', '/api/records?pageSize=2&page=2&sort=createdAt');
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.body.items.length).toBe(2);
    const mine = await police.json('GET', '/api/records?assignedToMe=true&stage=intake');
    expect(mine.body.items.every((i: { stage: string }) => i.stage === 'intake')).toBe(true);
  });

  it('lists overdue deadlines per district', async () => {
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    const overdue = await cwc.json('GET', '/api/deadlines/overdue?district=AHM');
    expect(overdue.status).toBe(200);
    for (const item of overdue.body.items) expect(item.deadlines.some((d: { overdue: boolean }) => d.overdue)).toBe(true);
  });

  it('delivers workflow notifications from the outbox to the right users in their language, retrying failures', async () => {
    const models = server.runtime.services.models;
    await deliverPending(models, server.runtime.services.states, { name: 'discard', deliver: async () => undefined }, 10_000);
    const police = await demoClient(server, 'gj.police.ahm');
    const record = await createCase(police);
    await police.json('POST', `/api/records/${record.id}/events/PRODUCE_BEFORE_CWC`, { version: record.version });
    const failing: Transport = { name: 'down', deliver: async () => Promise.reject(new Error('network down')) };
    expect(await deliverPending(models, server.runtime.services.states, failing)).toBe(0);
    const pending = await models.outbox.findOne({ recordId: record.id }).lean();
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastError: 'network down' });
    const sent: { username: string; text: string }[] = [];
    const capture: Transport = { name: 'capture', deliver: async (m) => void sent.push({ username: m.to.username, text: m.text }) };
    expect(await deliverPending(models, server.runtime.services.states, capture)).toBe(1);
    expect(sent.map((m) => m.username)).toEqual(['gj.cwcmember.ahm']);
    expect(sent[0]!.text).toBe(gj.translator.t('gu', 'notification.cncp.produced'));
    expect(await deliverPending(models, server.runtime.services.states, capture)).toBe(0);
  });

  it('has no API that edits or deletes history or audit, and sends security headers', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const record = await createCase(police);
    for (const [method, path] of [['DELETE', `/api/records/${record.id}`], ['DELETE', `/api/records/${record.id}/history`], ['PUT', `/api/records/${record.id}/history`], ['GET', '/api/audit']] as const) {
      const response = await police.json(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect([404, 405]).toContain(response.status);
    }
    const response = await fetch(`${server.url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // Plain-http access on a LAN address must not have its requests upgraded to https.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives the client its configuration in its language with packed rules', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const config = await police.json('GET', '/api/client-config?lang=hi');
    expect(config.body.language).toBe('hi');
    expect(config.body.state.name).toMatch(/[\u0900-\u097F]/);
    expect(Object.keys(config.body.forms)).toContain('form17');
    expect(config.body.rules.length).toBeGreaterThan(0);
  });
});
