// The matching, alerts and reports plugins are switches per state: with one off in a state's manifest, that state
// gets no matches, no alerts and a translated refusal from the reports, while the other states keep them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment } from '@suraksha/engine';
import { scanDeadlines } from '../../runtime/src/alerts/scanDeadlines';
import { demoClient, startTestServer, type TestServer } from './harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

/** Runs `body` with a plugin switched off in a state's manifest (the served deployment), then switches it on again. */
async function without(code: string, plugin: string, body: () => Promise<void>): Promise<void> {
  const manifest = (server.runtime.services.states.get(code) as Deployment).manifest as { plugins?: string[] };
  const before = manifest.plugins;
  manifest.plugins = (before ?? []).filter((p) => p !== plugin);
  try {
    await body();
  } finally {
    manifest.plugins = before;
  }
}

describe('plugins enabled per state', () => {
  it('reports: refused with a translated problem when off, served when on', async () => {
    const dcpo = await demoClient(server, 'jh.dcpo.ran');
    await without('JH', 'reports', async () => {
      const refused = await dcpo.json('GET', '/api/reports/monthly?lang=hi');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'pluginDisabled', detail: 'इस राज्य में रिपोर्ट चालू नहीं हैं।' });
      expect((await dcpo.json('GET', '/api/reports')).status).toBe(403);
      expect((await (await demoClient(server, 'gj.dcpo.ahm')).json('GET', '/api/reports/monthly')).status).toBe(200);
    });
    expect((await dcpo.json('GET', '/api/reports/monthly')).status).toBe(200);
  });

  it('alerts: the scanner skips a state without them', async () => {
    const police = await demoClient(server, 'jh.police.ran');
    const created = await police.json('POST', '/api/records', { recordType: 'missingChild', district: 'RAN', form: { data: { child: { name: 'Sonu', sex: 'male', age: 10 }, missing: { date: '2026-05-01' } }, mode: 'draft' } });
    expect(created.status).toBe(201);
    const record = await server.runtime.services.models.records.findById(created.body.record.id).lean();
    expect(Object.keys(record!.deadlines).length).toBeGreaterThan(0);
    const later = new Date(Date.now() + 30 * 86_400_000);
    const states = server.runtime.services.states;
    await without('JH', 'alerts', async () => expect(await scanDeadlines(server.runtime.services.models, states, later)).toEqual({ dueSoon: 0, overdue: 0 }));
    expect((await scanDeadlines(server.runtime.services.models, states, later)).overdue).toBeGreaterThan(0);
  });

  it('matching: no candidates and a translated refusal when off', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const child = { name: 'Hetal Parmar', sex: 'female', age: 10 };
    const missing = await police.json('POST', '/api/records', { recordType: 'missingChild', district: 'AHM', form: { data: { child, missing: { date: '2026-07-01', place: 'Kalupur' } }, mode: 'complete' } });
    await server.runtime.services.matching!.sync();
    await without('GJ', 'matching', async () => {
      const found = await police.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM', form: { data: { child, found: { date: '2026-07-03', place: 'Kalupur' } }, mode: 'complete' } });
      expect(found.status).toBe(201);
      expect(await server.runtime.services.matching!.sync()).toBe(0);
      expect(await server.runtime.services.matching!.store.matches.countDocuments({ foundId: found.body.record.id })).toBe(0);
      const refused = await police.json('GET', `/api/records/${found.body.record.id}/matches?lang=gu`);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'pluginDisabled', detail: 'આ રાજ્યમાં ગુમ અને મળી આવેલાં બાળકોનું મેળવણું ચાલુ નથી.' });
    });
    // Switched on again, the reports written meanwhile are matched.
    const listed = await police.json('GET', `/api/records/${missing.body.record.id}/matches`);
    expect(listed.status).toBe(200);
    expect(listed.body.matches.length).toBe(1);
  });
});
