// Alerts on the embedded database: deadline alerts once per deadline, kind and responsible user (not once per scan),
// in-app notifications and the outbox in each user's language, likely-match alerts, and the monthly digest.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay } from '@suraksha/engine';
import { readStateSource } from '@suraksha/engine/node';
import { mustLoad, repoRoot } from '../support/fixture';
import { demoClient, startTestServer, type TestServer } from './harness';
import type { Models, NotificationDoc } from '../../runtime/src/store/models';
import { deliverPending, type Transport } from '../../runtime/src/outbox/outboxWorker';
import { alertLikelyMatch, alertTemplates, createMonthlyDigest, scanDeadlines, sendMonthlyDigests } from '../../runtime/src/alerts';

const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
const mainPath = gj.scenarios.find((s) => s.id === 'cncpMainPath')!;
const dataOf = (form: string) => (mainPath.steps.find((s) => s.do === 'save' && s.form === form && s.mode === 'complete' && s.expect?.ok !== false) as { data: Record<string, unknown> }).data;

let server: TestServer;
let models: Models;
let sirCase: { id: string; caseNumber: string; due: string };
const userIds: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  models = server.runtime.services.models;
  for (const u of await models.users.find({ state: 'GJ' }).lean()) userIds[u.username] = u._id;
  // A Gujarat case in Ahmedabad with a social investigation report ordered (deadline "sir", 15 days after the order).
  const police = await demoClient(server, 'gj.police.ahm');
  const cwc = await demoClient(server, 'gj.cwcmember.ahm');
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: dataOf('form17'), mode: 'complete' } });
  const produced = await police.json('POST', `/api/records/${created.body.record.id}/events/PRODUCE_BEFORE_CWC`, { version: created.body.record.version });
  // The SIR is ordered today, so its deadline lies 15 days ahead.
  const today = calendarDay(new Date(), 'Asia/Kolkata');
  const dueDate = new Date(Date.parse(`${today}T00:00:00Z`) + 15 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const form21 = await cwc.json('PUT', `/api/records/${created.body.record.id}/forms/form21`, { data: { ...dataOf('form21'), orderDate: today, dueDate }, mode: 'complete', version: produced.body.record.version });
  expect(form21.status, JSON.stringify(form21.body)).toBe(200);
  const ordered = await cwc.json('POST', `/api/records/${created.body.record.id}/events/ORDER_SIR`, { version: form21.body.record.version });
  expect(ordered.body.record.stage).toBe('sirOrdered');
  sirCase = { id: ordered.body.record.id, caseNumber: ordered.body.record.caseNumber, due: ordered.body.record.deadlines.sir.due };
  // The social worker reads English; the others keep the state default (Gujarati).
  await models.users.updateOne({ _id: userIds['gj.socialworker.ahm'] }, { $set: { language: 'en' } });
}, 180_000);
afterAll(async () => server?.stop());

const sirAlerts = (kind: 'dueSoon' | 'overdue') => models.notifications.find({ recordId: sirCase.id, kind, 'params.deadlineId': 'sir' }).lean<NotificationDoc[]>();
const usernameOf = (id: string) => Object.entries(userIds).find(([, v]) => v === id)?.[0];
const responsible = ['gj.cwcmember.ahm', 'gj.protectionofficer.ahm', 'gj.socialworker.ahm'];

describe('deadline alerts', () => {
  it('a due-soon SIR alerts each responsible user of the district once', async () => {
    const dayBefore = new Date(Date.parse(sirCase.due) - 24 * 3600 * 1000);
    await scanDeadlines(models, server.runtime.services.states, new Date(Date.parse(sirCase.due) - 3 * 24 * 3600 * 1000)); // outside the 2-day window
    expect(await sirAlerts('dueSoon')).toEqual([]);
    for (let i = 0; i < 3; i++) await scanDeadlines(models, server.runtime.services.states, dayBefore);
    expect((await sirAlerts('dueSoon')).map((n) => usernameOf(n.userId)).sort()).toEqual(responsible);
  });

  it('an overdue SIR produces exactly one alert per responsible user, not one per run (also when runs overlap)', async () => {
    const later = new Date(Date.parse(sirCase.due) + 2 * 24 * 3600 * 1000);
    // Three scans at once (two servers, say), then three more one after the other.
    const overlapping = await Promise.all([0, 1, 2].map((i) => scanDeadlines(models, server.runtime.services.states, new Date(later.getTime() + i))));
    expect(overlapping.reduce((sum, r) => sum + r.overdue, 0)).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) expect(await scanDeadlines(models, server.runtime.services.states, new Date(later.getTime() + i * 3600_000))).toEqual({ dueSoon: 0, overdue: 0 });
    const alerts = await sirAlerts('overdue');
    expect(alerts.map((n) => usernameOf(n.userId)).sort()).toEqual(responsible);
    // Not the Surat users of the same roles, not the police.
    expect(alerts.some((n) => usernameOf(n.userId)?.endsWith('.sur'))).toBe(false);
    const outbox = await models.outbox.find({ recordId: sirCase.id, kind: 'deadline', 'params.deadlineId': 'sir' }).lean();
    expect(outbox.length).toBe(6); // due soon and overdue, each for the three users
    expect(new Set(outbox.map((m) => m.userId)).size).toBe(3);
    expect(await models.alertsSent.countDocuments({ recordId: sirCase.id, _id: { $regex: ':sir:' } })).toBe(6);
  });

  it('delivers the e-mail/SMS messages through the transport, each in its user language, once', async () => {
    const sent: { username: string; text: string; outbox: { kind: string; recordId?: string; params: Record<string, unknown> } }[] = [];
    const capture: Transport = { name: 'capture', deliver: async (m) => void sent.push({ username: m.to.username, text: m.text, outbox: m.outbox }) };
    await deliverPending(models, server.runtime.services.states, capture, 10_000);
    const sir = sent.filter((m) => m.outbox.kind === 'deadline' && m.outbox.recordId === sirCase.id && m.outbox.params.deadlineId === 'sir');
    expect(sir.length).toBe(6);
    const overdue = sir.filter((m) => /^Overdue|^સમયમર્યાદા વીતી/.test(m.text));
    expect(overdue.map((m) => m.username).sort()).toEqual(responsible);
    const english = overdue.find((m) => m.username === 'gj.socialworker.ahm')!.text;
    expect(english).toBe(`Overdue: Social investigation report within 15 days — Child in need of care and protection ${sirCase.caseNumber}, Ahmedabad. It was due on ${dueLocal(sirCase.due)}.`);
    expect(overdue.find((m) => m.username === 'gj.cwcmember.ahm')!.text).toMatch(/^સમયમર્યાદા વીતી ગઈ: .*અમદાવાદ/);
    const again: unknown[] = [];
    await deliverPending(models, server.runtime.services.states, { name: 'again', deliver: async (m) => void again.push(m) }, 10_000);
    expect(again).toEqual([]);
  });

  it('shows the signed-in user their notifications in their language and marks them read', async () => {
    const sw = await demoClient(server, 'gj.socialworker.ahm');
    const list = await sw.json('GET', '/api/notifications?lang=en');
    expect(list.status).toBe(200);
    const mine = list.body.items.filter((n: { recordId: string }) => n.recordId === sirCase.id);
    expect(mine.map((n: { kind: string }) => n.kind).sort()).toEqual(expect.arrayContaining(['dueSoon', 'overdue']));
    const overdue = mine.find((n: { kind: string; params: { deadlineId: string } }) => n.kind === 'overdue' && n.params.deadlineId === 'sir');
    expect(overdue.text).toContain('Overdue: Social investigation report within 15 days');
    expect(list.body.unread).toBe(list.body.total);
    const inGujarati = await sw.json('GET', '/api/notifications?lang=gu&unread=true');
    expect(inGujarati.body.items.find((n: { id: string }) => n.id === overdue.id).text).toMatch(/^સમયમર્યાદા વીતી ગઈ/);

    const other = await demoClient(server, 'gj.cwcmember.ahm');
    expect((await other.json('POST', `/api/notifications/${overdue.id}/read`)).status).toBe(404);
    const read = await sw.json('POST', `/api/notifications/${overdue.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    const after = await sw.json('GET', '/api/notifications?unread=true');
    expect(after.body.unread).toBe(list.body.unread - 1);
    expect(after.body.items.some((n: { id: string }) => n.id === overdue.id)).toBe(false);
    expect((await sw.json('POST', '/api/notifications/not-an-id/read')).status).toBe(404);
    expect((await sw.json('GET', '/api/notifications?foo=1')).status).toBe(400);
    expect((await sw.json('POST', '/api/notifications/read')).body.marked).toBe(list.body.unread - 1);
  });
});

describe('likely match alerts', () => {
  it('alert the officers of both records once per pair, never the citizen who reported', async () => {
    const ahmPolice = await demoClient(server, 'gj.police.ahm');
    const surPolice = await demoClient(server, 'gj.police.sur');
    const citizen = await demoClient(server, 'gj.citizen');
    const missing = (await ahmPolice.json('POST', '/api/records', { recordType: 'missingChild', district: 'AHM' })).body.record;
    const found = (await surPolice.json('POST', '/api/records', { recordType: 'foundChild', district: 'SUR' })).body.record;
    const byCitizen = (await citizen.json('POST', '/api/records', { recordType: 'missingChild', district: 'AHM' })).body.record;
    expect(byCitizen.ownerId).toBe(userIds['gj.citizen']);
    const states = server.runtime.services.states;
    const officers = (id: string) => models.notifications.find({ kind: 'likelyMatch', recordId: id }).lean<NotificationDoc[]>();

    expect(await alertLikelyMatch(models, { missingRecordId: missing.id, foundRecordId: found.id, score: 0.87 }, { states })).toBeGreaterThanOrEqual(2);
    expect(await alertLikelyMatch(models, { missingRecordId: missing.id, foundRecordId: found.id, score: 0.91 }, { states })).toBe(0);
    expect((await officers(missing.id)).map((n) => usernameOf(n.userId))).toContain('gj.police.ahm');
    expect((await officers(found.id)).map((n) => usernameOf(n.userId))).toContain('gj.police.sur');
    expect((await officers(missing.id)).every((n) => n.params.score === 87)).toBe(true);

    await alertLikelyMatch(models, { missingRecordId: byCitizen.id, foundRecordId: found.id, score: 0.8 }, { states });
    expect((await officers(byCitizen.id)).map((n) => usernameOf(n.userId))).not.toContain('gj.citizen');
    expect(await alertLikelyMatch(models, { missingRecordId: randomUUID(), foundRecordId: found.id, score: 0.8 }, { states })).toBe(0);

    const police = await demoClient(server, 'gj.police.ahm');
    const list = await police.json('GET', '/api/notifications?lang=en');
    const match = list.body.items.find((n: { kind: string; recordId: string }) => n.kind === 'likelyMatch' && n.recordId === missing.id);
    expect(match.text).toBe(`Possible match: missing child report ${missing.caseNumber ?? `#${missing.id.slice(0, 8)}`} and found child report ${found.caseNumber ?? `#${found.id.slice(0, 8)}`} (score 87%). Please check both records.`);
  });
});

describe('monthly digest', () => {
  const insert = async (r: { district: string; recordType: string; stage: string; createdAt: string; deadlines?: Record<string, { due: string; label: string }> }) => {
    const id = randomUUID();
    const deadlines = Object.fromEntries(Object.entries(r.deadlines ?? {}).map(([k, d]) => [k, { id: k, label: d.label, due: d.due, roles: ['cwcMember'], setAt: r.createdAt }]));
    const dues = Object.values(deadlines).map((d) => Date.parse(d.due));
    await models.records.create({ _id: id, state: 'GJ', recordType: r.recordType, district: r.district, ownerId: 'fixture', assignees: [], stage: r.stage, workflowVersion: 1, configVersion: 1, forms: {}, deadlines, createdAt: r.createdAt, updatedAt: new Date(), version: 1, searchKeys: [], nextDue: dues.length ? new Date(Math.min(...dues)) : null });
    return id;
  };

  it('counts open, overdue by deadline type, new and closed in the month for the district head, and is sent once a month', async () => {
    // Amreli: a district of its own for this fixture, with its own DCPO.
    const dcpo = randomUUID();
    await models.users.create({ _id: dcpo, username: 'gj.dcpo.amr', name: 'DCPO Amreli', passwordHash: 'x', state: 'GJ', roles: ['dcpo'], district: 'AMR', language: 'en', active: true, failedLogins: 0, lockedUntil: null, createdAt: new Date(), createdBy: 'test' });
    const sir = { label: 'deadline.sir' };
    const finalOrder = { label: 'deadline.finalOrder' };
    await insert({ district: 'AMR', recordType: 'cncp', stage: 'sirOrdered', createdAt: '2025-04-20T05:00:00.000Z', deadlines: { sir: { ...sir, due: '2025-05-05T05:00:00.000Z' }, finalOrder: { ...finalOrder, due: '2025-08-20T05:00:00.000Z' } } }); // open; sir overdue
    await insert({ district: 'AMR', recordType: 'cncp', stage: 'sirOrdered', createdAt: '2025-05-02T05:00:00.000Z', deadlines: { sir: { ...sir, due: '2025-05-17T05:00:00.000Z' } } }); // May; open; sir overdue
    await insert({ district: 'AMR', recordType: 'cncp', stage: 'producedBeforeCwc', createdAt: '2025-05-31T18:29:00.000Z', deadlines: { finalOrder: { ...finalOrder, due: '2025-06-01T00:00:00.000Z' } } }); // 31 May 23:59 IST: May; open; final order overdue
    const closed = await insert({ district: 'AMR', recordType: 'missingChild', stage: 'closed', createdAt: '2025-05-10T05:00:00.000Z' }); // May; closed in May
    const restored = await insert({ district: 'AMR', recordType: 'missingChild', stage: 'restored', createdAt: '2025-03-10T05:00:00.000Z' }); // open: restored is not final in Gujarat
    await insert({ district: 'AMR', recordType: 'foundChild', stage: 'reported', createdAt: '2025-05-31T18:31:00.000Z' }); // 1 Jun IST: not May; open
    const event = (recordId: string, to: string, at: string) => ({ _id: randomUUID(), recordId, state: 'GJ', district: 'AMR', at: new Date(at), actor: 'fixture', actorRoles: [], kind: 'transition' as const, event: 'X', from: 'reported', to, changes: [], version: 2 });
    await models.recordEvents.create([event(closed, 'closed', '2025-05-25T05:00:00.000Z'), event(restored, 'restored', '2025-05-26T05:00:00.000Z')]);

    const now = new Date('2025-06-02T04:00:00.000Z');
    const digest = await createMonthlyDigest(models, gj, 'AMR', '2025-05', { now });
    expect(digest).toMatchObject({ state: 'GJ', district: 'AMR', month: '2025-05', open: 5, new: 3, closed: 1 });
    expect(digest.overdue).toEqual({ total: 3, byDeadline: { sir: { label: 'deadline.sir', count: 2 }, finalOrder: { label: 'deadline.finalOrder', count: 1 } } });

    const states = server.runtime.services.states;
    for (let i = 0; i < 3; i++) await sendMonthlyDigests(models, states, now);
    const sent = await models.notifications.find({ kind: 'digest', userId: dcpo }).lean<NotificationDoc[]>();
    expect(sent.length).toBe(1);
    expect(sent[0]!.params).toMatchObject({ month: '2025-05', open: 5, overdue: 3, new: 3, closed: 1 });
    const outbox = await models.outbox.find({ kind: 'digest', userId: dcpo }).lean();
    expect(outbox.length).toBe(1);
    expect(gj.translator.t('en', outbox[0]!.template, outbox[0]!.params)).toBe(
      'Monthly digest for Amreli, 2025-05: 5 open records; 3 overdue deadlines (Social investigation report within 15 days: 2; Final order within 4 months of first production: 1); 3 new and 1 closed in the month.',
    );
    // Every district head and state admin of every state got exactly one digest for May.
    const heads = await models.users.find({ roles: { $in: ['dcpo', 'stateAdmin'] }, active: true }).lean();
    const digests = await models.notifications.find({ kind: 'digest' }).lean<NotificationDoc[]>();
    expect(digests.map((d) => d.userId).sort()).toEqual(heads.map((h) => h._id).sort());
    // June's digest is a new one.
    await sendMonthlyDigests(models, states, new Date('2025-07-01T00:00:00.000Z'));
    expect(await models.notifications.countDocuments({ kind: 'digest', userId: dcpo })).toBe(2);
  });
});

describe('alert texts', () => {
  it('exist in every language of every state', () => {
    const keys = [...Object.values(alertTemplates), 'report.monthly', 'report.stages', 'report.pendency', 'report.outcomes'];
    for (const deployment of server.runtime.services.states.values()) {
      for (const lang of deployment.manifest.languages) for (const key of keys) expect(deployment.translator.has(lang, key), `${deployment.code} ${lang} ${key}`).toBe(true);
    }
  });
});

function dueLocal(iso: string): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}
