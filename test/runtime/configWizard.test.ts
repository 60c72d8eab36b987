// The new-state wizard and the national admin: states made from the blank template and from Gujarat serve at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, demoClient, startTestServer, type TestServer } from './harness';
import { readFileSync } from 'node:fs';
import { parseDistricts, wizardMessages } from '../../runtime/src/config/wizard';
import { repoRoot } from '../support/fixture';

let server: TestServer;
let national: Client;

async function login(username: string, password: string): Promise<Client> {
  const client = new Client(server.url);
  const response = await client.login(username, password);
  expect(response.status, `login ${username}`).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  national = await login('national.admin', 'Demo-IN-2026!');
}, 120_000);
afterAll(async () => server?.stop());

describe('parseDistricts', () => {
  it('reads "CODE Name", "CODE, Name", "CODE<TAB>Name" and bare names, making codes unique', () => {
    const parsed = parseDistricts(
      'NOR North District\n\nSOU, South District\nWST\tWest Side\nNorthern Hills\nNorth Lake\r\n',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.districts).toEqual([
      { code: 'NOR', name: 'North District' },
      { code: 'SOU', name: 'South District' },
      { code: 'WST', name: 'West Side' },
      { code: 'NO2', name: 'Northern Hills' },
      { code: 'NO3', name: 'North Lake' },
    ]);
  });
  it('gives the line of each bad line', () => {
    const parsed = parseDistricts('AAA One\nAAA Two\nBBB,\n12345\nरांची\nAAB One');
    expect(parsed.issues.map((i) => [i.line, i.pointer])).toEqual([
      [3, '/districts'],
      [4, '/districts'],
      [2, '/districts'],
      [5, '/districts'],
      [6, '/districts'],
    ]);
    expect(parsed.issues[0]!.message).toMatch(/^line 3: /);
    expect(parseDistricts('\n \n').issues).toEqual([{ pointer: '/districts', key: 'wizard.noDistricts', message: 'paste at least one district' }]);
    expect(parsed.issues[0]).toMatchObject({ key: 'wizard.districtNoName', params: { line: 3, code: 'BBB' } });
  });

  it('every refusal key of the wizard is translated in the designer, in every language', () => {
    for (const lang of ['en', 'hi', 'gu', 'bn']) {
      const catalog = JSON.parse(readFileSync(`${repoRoot}designer/src/issues/i18n/${lang}.json`, 'utf8')) as { issue: { wizard: Record<string, string> } };
      for (const key of Object.keys(wizardMessages)) expect(catalog.issue.wizard[key.slice('wizard.'.length)], `${lang} ${key}`).toBeTruthy();
    }
  });
});

describe('national admin and the wizard', () => {
  it('signs in a national admin, whose state has no deployment', async () => {
    const me = await national.json('GET', '/api/me');
    expect(me.body.user).toMatchObject({ username: 'national.admin', state: 'IN', roles: ['nationalAdmin'] });
    expect((await national.json('PATCH', '/api/me', { language: 'hi' })).status).toBe(200);
    expect((await national.json('GET', '/api/records')).status).toBe(503);
  });

  it('creates a state from the blank template: its admin adds a police user, who files a record and produces the child', async () => {
    const created = await national.json('POST', '/api/admin/states', {
      code: 'XB',
      slug: 'examplestan',
      name: { en: 'Examplestan', hi: 'उदाहरणस्तान' },
      languages: ['en', 'hi', 'kn'],
      districts: 'NOR North District\nSOU, South District\nEastern Hills',
      template: { from: 'blank' },
      note: 'pilot state',
      admin: { username: 'xb.admin', name: 'Examplestan admin', password: 'Strong-Pass-2026' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      code: 'XB',
      slug: 'examplestan',
      version: 1,
      offices: 9,
      droppedScenarios: [],
      admin: { username: 'xb.admin' },
    });
    expect(created.body.districts).toEqual([
      { code: 'NOR', name: 'North District' },
      { code: 'SOU', name: 'South District' },
      { code: 'EAS', name: 'Eastern Hills' },
    ]);
    expect(created.body.needsReview.map((r: { language: string }) => r.language)).toEqual(['kn']);
    expect(server.runtime.services.states.currentVersion('XB')).toBe(1);

    const xbAdmin = await login('xb.admin', 'Strong-Pass-2026');
    const config = await xbAdmin.json('GET', '/api/client-config?lang=hi');
    expect(config.body.state).toMatchObject({ code: 'XB', name: 'उदाहरणस्तान' });
    expect(config.body.offices.map((o: { id: string }) => o.id)).toEqual([
      'NOR-CWC-1',
      'NOR-DCPU',
      'NOR-PS-1',
      'SOU-CWC-1',
      'SOU-DCPU',
      'SOU-PS-1',
      'EAS-CWC-1',
      'EAS-DCPU',
      'EAS-PS-1',
    ]);
    const user = await xbAdmin.json('POST', '/api/users', {
      username: 'xb.police.nor',
      name: 'Police North',
      password: 'Police-North-2026',
      roles: ['police'],
      district: 'NOR',
      office: 'NOR-PS-1',
    });
    expect(user.status).toBe(201);

    const police = await login('xb.police.nor', 'Police-North-2026');
    const record = await police.json('POST', '/api/records', {
      recordType: 'foundChild',
      district: 'NOR',
      form: {
        data: { found: { date: '2026-03-02', place: 'Bus stand' }, child: { sex: 'female', approxAge: 6 } },
        mode: 'complete',
      },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect(record.body.record).toMatchObject({ state: 'XB', configVersion: 1, stage: 'reported' });
    const produced = await police.json('POST', `/api/records/${record.body.record.id}/events/PRODUCE_BEFORE_CWC`, {
      version: record.body.record.version,
    });
    expect(produced.status).toBe(200);
    expect(produced.body.record.stage).toBe('beforeCwc');
    expect(produced.body.record.caseNumber).toMatch(/^XB\/NOR\//);

    const versions = await national.json('GET', '/api/admin/states/XB/versions');
    expect(versions.body).toMatchObject([
      { version: 1, source: 'wizard', note: 'pilot state', publishedBy: 'national.admin' },
    ]);
    const audit = await server.runtime.services.models.audit
      .findOne({ action: 'config.state.create', state: 'XB' })
      .lean();
    expect(audit?.detail).toMatchObject({ version: 1, template: { from: 'blank' } });
  });

  it('creates a state from Gujarat: forms, workflows and roles copied, new districts and offices, a new language for review, scenarios dropped', async () => {
    const created = await national.json('POST', '/api/admin/states', {
      code: 'XG',
      slug: 'examplepur',
      name: { gu: 'ઉદાહરણપુર', en: 'Examplepur' },
      languages: ['gu', 'en', 'mr'],
      districts: 'KAL Kalyan\nPAN Panvel',
      template: { from: 'state', state: 'GJ' },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 2000)).toBe(201);
    expect(created.body.needsReview.map((r: { language: string }) => r.language)).toEqual(['mr']);
    expect(created.body.droppedScenarios.length).toBeGreaterThan(0);
    const xg = server.runtime.services.states.get('XG')!;
    const gj = server.runtime.services.states.get('GJ')!;
    expect([...xg.forms.keys()].sort()).toEqual([...gj.forms.keys()].sort());
    expect([...xg.workflows.keys()].sort()).toEqual([...gj.workflows.keys()].sort());
    expect(Object.keys(xg.roles.roles)).toEqual(Object.keys(gj.roles.roles));
    expect(xg.manifest.districts.map((d) => d.code)).toEqual(['KAL', 'PAN']);
    expect(xg.translator.t('gu', 'form.form17')).toBe(gj.translator.t('gu', 'form.form17'));
    expect(xg.translator.t('mr', 'form.form17')).toBe(gj.translator.t('en', 'form.form17'));

    // The national admin creates the first users of the new state through the ordinary user routes.
    const user = await national.json('POST', '/api/users', {
      state: 'XG',
      username: 'xg.police.kal',
      name: 'Police Kalyan',
      password: 'Police-Kalyan-2026',
      roles: ['police'],
      district: 'KAL',
      office: 'KAL-PS-1',
    });
    expect(user.status, JSON.stringify(user.body)).toBe(201);
    expect(user.body.user.state).toBe('XG');
    expect(
      (await national.json('GET', '/api/users?state=XG')).body.users.map((u: { username: string }) => u.username),
    ).toEqual(['xg.police.kal']);
    const police = await login('xg.police.kal', 'Police-Kalyan-2026');
    const data = {
      child: { sex: 'male', age: 3 },
      found: { date: '2026-03-02', place: 'Station', district: 'KAL', foundBy: 'police' },
    };
    const record = await police.json('POST', '/api/records', {
      recordType: 'foundChild',
      district: 'KAL',
      form: { data, mode: 'complete' },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect(record.body.record).toMatchObject({ state: 'XG', configVersion: 1 });
  });

  it('refuses bad wizard input with pointers and line numbers', async () => {
    const base = {
      code: 'XC',
      slug: 'examplecity',
      name: { en: 'Example City' },
      languages: ['en'],
      districts: 'ONE One',
      template: { from: 'blank' },
    };
    const shape = await national.json('POST', '/api/admin/states', {
      ...base,
      code: 'xc',
      languages: ['xx'],
      extra: 1,
    });
    expect(shape.status).toBe(400);
    expect(shape.body.issues.map((i: { pointer: string }) => i.pointer)).toEqual(
      expect.arrayContaining(['/code', '/languages/0', '/extra']),
    );
    const taken = await national.json('POST', '/api/admin/states', {
      ...base,
      code: 'GJ',
      slug: 'gujarat',
      districts: 'AAA One\nAAA Two',
      template: { from: 'state', state: 'ZZ' },
      admin: { username: 'gj.police.ahm', name: 'x', password: 'short' },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.issues.map((i: { pointer: string }) => i.pointer)).toEqual([
      '/districts',
      '/code',
      '/slug',
      '/template/state',
      '/admin/password',
      '/admin/username',
    ]);
    expect(taken.body.issues[0]).toMatchObject({ line: 2, message: expect.stringContaining('line 2') });
    expect(server.runtime.services.states.has('XC')).toBe(false);
    const reserved = await national.json('POST', '/api/admin/states', { ...base, code: 'IN', slug: 'india' });
    expect(reserved.status).toBe(422);
    expect(reserved.body.issues).toEqual([{ pointer: '/code', key: 'wizard.reservedCode', params: { code: 'IN' }, message: '"IN" is reserved for national users' }]);
  });

  it('lets only national admins create states or manage users of other states', async () => {
    const gjAdmin = await demoClient(server, 'gj.stateadmin');
    const body = {
      code: 'XD',
      slug: 'exampledesh',
      name: { en: 'X' },
      languages: ['en'],
      districts: 'ONE One',
      template: { from: 'blank' },
    };
    expect((await gjAdmin.json('POST', '/api/admin/states', body)).status).toBe(403);
    expect((await (await demoClient(server, 'gj.police.ahm')).json('POST', '/api/admin/states', body)).status).toBe(
      403,
    );
    expect((await gjAdmin.json('GET', '/api/admin/states/XB/draft')).status).toBe(403);
    const outside = await gjAdmin.json('POST', '/api/users', {
      state: 'JH',
      username: 'gj.makes.jh',
      name: 'x',
      password: 'Outside-State-2026',
      roles: ['police'],
    });
    expect(outside.status).toBe(403);
    expect(await server.runtime.services.models.users.exists({ username: 'gj.makes.jh' })).toBeNull();
    expect((await gjAdmin.json('GET', '/api/users?state=JH')).status).toBe(403);
    expect(
      (
        await national.json('POST', '/api/users', {
          username: 'no.state',
          name: 'x',
          password: 'No-State-Named-2026',
          roles: ['police'],
        })
      ).status,
    ).toBe(400);
  });
});
