// What the caseworker app's lists and history rely on: the due-soon and overdue filters, name search across
// scripts, and history naming officials (never a citizen) by name and role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStateSource } from '@suraksha/engine/node';
import { mustLoad, repoRoot } from '../support/fixture';
import { demoClient, startTestServer, type Client, type TestServer } from './harness';

const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
const mainPath = gj.scenarios.find((s) => s.id === 'cncpMainPath')!;
const form17 = () => structuredClone((mainPath.steps.find((s) => s.do === 'save' && s.form === 'form17' && s.mode === 'complete') as { data: Record<string, unknown> }).data);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

async function createNamed(police: Client, name: string): Promise<string> {
  const data = form17();
  (data.child as Record<string, unknown>).name = name;
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data, mode: 'complete' } });
  expect(created.status).toBe(201);
  return created.body.record.id;
}

describe('record lists and history for the web app', () => {
  it('filters due soon apart from overdue, and finds a Gujarati name typed in Latin or Devanagari', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const soon = await createNamed(police, 'સુનિતા');
    const late = await createNamed(police, 'રાજેશ');
    // The production deadline (24 hours) of the second record passed two days ago.
    const past = new Date(Date.now() - 2 * 86_400_000);
    await server.runtime.services.models.records.updateOne({ _id: late }, { $set: { 'deadlines.production.due': past.toISOString(), nextDue: past } });
    const ids = async (q: string) => ((await police.json('GET', `/api/records${q}`)).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids('?dueSoon=true')).toContain(soon);
    expect(await ids('?dueSoon=true')).not.toContain(late);
    expect(await ids('?overdue=true')).toContain(late);
    expect(await ids('?overdue=true')).not.toContain(soon);
    expect((await police.json('GET', '/api/records?dueSoon=maybe')).status).toBe(400);
    expect(await ids('?q=Sunita')).toEqual([soon]);
    expect(await ids(`?q=${encodeURIComponent('सुनीता')}`)).toEqual([soon]);
    expect(await ids('?q=Rajesh&overdue=true')).toEqual([late]);
    expect(await ids('?q=Rajesh&district=SUR')).toEqual([]);
  });

  it('names officials in history with their roles, and shows a citizen by role only', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const id = await createNamed(police, 'મીના');
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    const history = (await cwc.json('GET', `/api/records/${id}/history`)).body.history as { actorName?: string; actorRoles: string[] }[];
    expect(history[0]).toMatchObject({ actorName: 'police (AHM)', actorRoles: ['police'] });

    const citizen = await demoClient(server, 'gj.citizen');
    const reported = await citizen.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM' });
    expect(reported.status).toBe(201);
    const seen = (await cwc.json('GET', `/api/records/${reported.body.record.id}/history`)).body.history as { actorName?: string; actorRoles: string[] }[];
    expect(seen[0]!.actorRoles).toEqual(['citizen']);
    expect(seen[0]).not.toHaveProperty('actorName');
  });
});
