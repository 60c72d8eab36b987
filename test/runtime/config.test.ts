// Configuration versions through the admin API: drafts, publish served at once, records pinned to their version, rollback, export/import, access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, demoClient, startTestServer, type TestServer } from './harness';

let server: TestServer;
let admin: Client;
let police: Client;
let national: Client;

const formPath = 'form-definitions/gujarat/forms/foundReport.json';
const i18n = (lang: string) => `form-definitions/gujarat/i18n/${lang}.json`;
const foundReport = {
  child: { sex: 'male', age: 3 },
  found: { date: '2026-03-02', place: 'Kankaria lake', district: 'AHM', foundBy: 'citizen' },
  police: {
    policeStation: 'AHM-PS-NAVRANGPURA',
    gdNumber: 'GD 51/2026',
    gdDate: '2026-03-02',
    trackChildUploaded: true,
  },
  production: { date: '2026-03-02', cwc: 'AHM-CWC-1', placedAt: 'AHM-CCI-1' },
};

async function nationalClient(): Promise<Client> {
  const client = new Client(server.url);
  const response = await client.login('national.admin', 'Demo-IN-2026!');
  expect(response.status).toBe(200);
  return client;
}

/** The files of version 1 with a new required field "landmark" in the found child report (and, if asked, its translations). */
async function withLandmark(translated: boolean): Promise<{ revision: number; files: Record<string, any> }> {
  const draft = (await admin.json('GET', '/api/admin/states/GJ/draft')).body;
  const files = (await admin.json('GET', '/api/admin/states/GJ/versions/1')).body.files;
  const found = files[formPath].schema.properties.found;
  found.properties.landmark = { type: 'string', title: 'foundReport.found.landmark', maxLength: 200 };
  found.required = [...(found.required ?? []), 'landmark'];
  if (translated)
    for (const lang of ['gu', 'hi', 'en'])
      files[i18n(lang)].messages['foundReport.found.landmark'] = {
        gu: 'નજીકનું સીમાચિહ્ન',
        hi: 'निकटतम पहचान चिह्न',
        en: 'Nearest landmark',
      }[lang];
  return { revision: draft.revision, files };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await demoClient(server, 'gj.stateadmin');
  police = await demoClient(server, 'gj.police.ahm');
  national = await nationalClient();
}, 120_000);
afterAll(async () => server?.stop());

describe('configuration versions', () => {
  let oldRecord: { id: string; version: number };

  it('seeds every repository state as version 1 from the repository', async () => {
    expect(server.runtime.services.states.currentVersion('GJ')).toBe(1);
    const versions = await admin.json('GET', '/api/admin/states/GJ/versions');
    expect(versions.status).toBe(200);
    expect(versions.body).toMatchObject([{ version: 1, source: 'repository', publishedBy: 'repository' }]);
    expect(versions.body[0].summary.added).toBeGreaterThan(10);
    const states = await national.json('GET', '/api/admin/states');
    expect(states.body.map((s: { code: string }) => s.code)).toEqual(['GJ', 'JH', 'WB']);
    expect(states.body[0]).toMatchObject({ code: 'GJ', slug: 'gujarat', publishedVersion: 1, draft: null });
    expect((await admin.json('GET', '/api/admin/states')).body.map((s: { code: string }) => s.code)).toEqual(['GJ']);
  });

  it('creates records under the current version and shows it in the record', async () => {
    const created = await police.json('POST', '/api/records', {
      recordType: 'foundChild',
      district: 'AHM',
      form: { data: foundReport, mode: 'draft' },
    });
    expect(created.status).toBe(201);
    expect(created.body.record.configVersion).toBe(1);
    expect(created.body.record.forms.foundReport.version).toBe(1);
    oldRecord = created.body.record;
  });

  it('saves an invalid draft (nothing lost) with its issues, and refuses stale revisions with 409', async () => {
    const draft = (await admin.json('GET', '/api/admin/states/GJ/draft')).body;
    expect(draft).toMatchObject({
      code: 'GJ',
      slug: 'gujarat',
      baseVersion: 1,
      revision: 0,
      isDraft: false,
      issues: [],
    });
    const broken = structuredClone(draft.files);
    broken[formPath].schema.properties.found.properties.place.type = 'strnig';
    const saved = await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 0, files: broken });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    expect(
      saved.body.issues.some(
        (i: { file: string; pointer: string }) =>
          i.file === formPath && i.pointer.startsWith('/schema/properties/found/properties/place'),
      ),
    ).toBe(true);
    const again = await admin.json('GET', '/api/admin/states/GJ/draft');
    expect(again.body).toMatchObject({ isDraft: true, revision: 1 });
    expect(again.body.files[formPath].schema.properties.found.properties.place.type).toBe('strnig');
    // Someone who opened revision 0 (or 0 again) cannot overwrite it.
    expect((await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 0, files: draft.files })).status).toBe(
      409,
    );
    const stale = await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 7, files: draft.files });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(1);
    const diff = await admin.json('GET', '/api/admin/states/GJ/draft/diff');
    expect(diff.body.files).toEqual([
      {
        file: formPath,
        status: 'changed',
        changes: [
          {
            op: 'replace',
            pointer: '/schema/properties/found/properties/place/type',
            before: 'string',
            after: 'strnig',
          },
        ],
      },
    ]);
  });

  it('refuses to publish an invalid draft with 422, each issue with file and pointer', async () => {
    const published = await admin.json('POST', '/api/admin/states/GJ/publish', { revision: 1, note: 'broken' });
    expect(published.status).toBe(422);
    expect(published.body.issues.length).toBeGreaterThan(0);
    expect(published.body.issues[0]).toMatchObject({ file: formPath });
    expect(published.body.issues[0].pointer).toMatch(/^\/schema\/properties\/found/);
    expect(typeof published.body.issues[0].line).toBe('number');
    expect(server.runtime.services.states.currentVersion('GJ')).toBe(1);
  });

  it('refuses to publish while a translation is missing', async () => {
    const { files } = await withLandmark(false);
    const saved = await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 1, files });
    expect(
      saved.body.issues
        .filter((i: { code: string }) => i.code === 'missingTranslation')
        .map((i: { file: string }) => i.file)
        .sort(),
    ).toEqual([i18n('en'), i18n('gu'), i18n('hi')]);
    const published = await admin.json('POST', '/api/admin/states/GJ/publish', { revision: 2 });
    expect(published.status).toBe(422);
    expect(
      published.body.issues.some(
        (i: { code: string; message: string }) =>
          i.code === 'missingTranslation' && i.message.includes('foundReport.found.landmark'),
      ),
    ).toBe(true);
  });

  it('validates files without storing them', async () => {
    const { files } = await withLandmark(true);
    const checked = await admin.json('POST', '/api/admin/states/GJ/validate', { files });
    expect(checked).toEqual({ status: 200, body: { issues: [] } });
    expect((await admin.json('GET', '/api/admin/states/GJ/draft')).body.revision).toBe(2);
  });

  it('publishes a valid draft: served at once, the changed form gets a new version, new records enforce the new field', async () => {
    const { files } = await withLandmark(true);
    expect((await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 2, files })).body.issues).toEqual([]);
    const published = await admin.json('POST', '/api/admin/states/GJ/publish', {
      revision: 3,
      note: 'landmark required',
    });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);
    expect(published.body.bumped).toEqual([{ file: formPath, version: 2 }]);
    expect(published.body.diff.files.map((f: { file: string }) => f.file).sort()).toEqual([
      formPath,
      i18n('en'),
      i18n('gu'),
      i18n('hi'),
    ]);
    expect((await admin.json('GET', '/api/admin/states/GJ/draft')).body).toMatchObject({
      isDraft: false,
      revision: 0,
      baseVersion: 2,
    });

    const config = await police.json('GET', '/api/client-config');
    expect(config.body.configVersion).toBe(2);
    expect(config.body.forms.foundReport.version).toBe(2);
    const created = await police.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM' });
    expect(created.body.record.configVersion).toBe(2);
    const id = created.body.record.id;
    const refused = await police.json('PUT', `/api/records/${id}/forms/foundReport`, {
      data: foundReport,
      mode: 'complete',
      version: created.body.record.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.issues.map((i: { pointer: string }) => i.pointer)).toContain('/found/landmark');
    const withField = { ...foundReport, found: { ...foundReport.found, landmark: 'Near the gate' } };
    const saved = await police.json('PUT', `/api/records/${id}/forms/foundReport`, {
      data: withField,
      mode: 'complete',
      version: created.body.record.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.record.forms.foundReport.version).toBe(2);
  });

  it('keeps a record created before on its version: it still saves, fires and reads without the new field', async () => {
    const saved = await police.json('PUT', `/api/records/${oldRecord.id}/forms/foundReport`, {
      data: foundReport,
      mode: 'complete',
      version: oldRecord.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.record).toMatchObject({ configVersion: 1 });
    expect(saved.body.record.forms.foundReport.version).toBe(1);
    const events = await police.json('GET', `/api/records/${oldRecord.id}/events`);
    expect(events.body.events.map((e: { event: string }) => e.event)).toContain('PRODUCE_BEFORE_CWC');
    const fired = await police.json('POST', `/api/records/${oldRecord.id}/events/PRODUCE_BEFORE_CWC`, {
      version: saved.body.record.version,
    });
    expect(fired.status).toBe(200);
    expect(fired.body.record.stage).toBe('producedBeforeCwc');
    const read = await police.json('GET', `/api/records/${oldRecord.id}`);
    expect(read.body.record.configVersion).toBe(1);
    const history = await police.json('GET', `/api/records/${oldRecord.id}/history`);
    expect(history.body.history.map((h: { kind: string }) => h.kind)).toEqual([
      'created',
      'formSaved',
      'formSaved',
      'transition',
    ]);
    const stored = await server.runtime.services.models.records.findById(oldRecord.id).lean();
    expect(stored!.configVersion).toBe(1);
  });

  it('serves the client configuration of an earlier version of the own state only', async () => {
    const v1 = await police.json('GET', '/api/client-config?version=1');
    expect(v1.status).toBe(200);
    expect(v1.body.configVersion).toBe(1);
    expect(v1.body.forms.foundReport.version).toBe(1);
    expect(v1.body.forms.foundReport.schema.properties.found.properties.landmark).toBeUndefined();
    expect(
      (await police.json('GET', '/api/client-config?version=2')).body.forms.foundReport.schema.properties.found
        .properties.landmark,
    ).toBeDefined();
    expect((await police.json('GET', '/api/client-config?version=3')).status).toBe(404);
    const bad = await police.json('GET', '/api/client-config?version=first');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].pointer).toBe('/version');
    // A JH user asking for version 1 gets JH's own version 1, never Gujarat's.
    const jh = await demoClient(server, 'jh.police.ran');
    expect((await jh.json('GET', '/api/client-config?version=1')).body.state.code).toBe('JH');
  });

  it('rolls back by publishing a new version with the old files, and diffs versions', async () => {
    const rolled = await admin.json('POST', '/api/admin/states/GJ/rollback', { version: 1, note: 'undo landmark' });
    expect(rolled.status).toBe(201);
    expect(rolled.body.version).toBe(3);
    expect(server.runtime.services.states.currentVersion('GJ')).toBe(3);
    const diff = await admin.json('GET', '/api/admin/states/GJ/versions/3/diff');
    expect(diff.body).toMatchObject({ from: 2, to: 3 });
    const form = diff.body.files.find((f: { file: string }) => f.file === formPath);
    expect(form.changes).toEqual([
      { op: 'replace', pointer: '/version', before: 2, after: 3 },
      {
        op: 'remove',
        pointer: '/schema/properties/found/properties/landmark',
        before: { type: 'string', title: 'foundReport.found.landmark', maxLength: 200 },
      },
      { op: 'remove', pointer: '/schema/properties/found/required/2', before: 'landmark' },
    ]);
    const against1 = await admin.json('GET', '/api/admin/states/GJ/versions/3/diff?against=1');
    expect(against1.body.files).toEqual([
      { file: formPath, status: 'changed', changes: [{ op: 'replace', pointer: '/version', before: 1, after: 3 }] },
    ]);
    const list = await admin.json('GET', '/api/admin/states/GJ/versions');
    expect(list.body.map((v: { version: number; source: string }) => [v.version, v.source])).toEqual([
      [3, 'rollback'],
      [2, 'designer'],
      [1, 'repository'],
    ]);
    const config = await police.json('GET', '/api/client-config');
    expect(config.body.forms.foundReport.schema.properties.found.properties.landmark).toBeUndefined();
    expect((await admin.json('POST', '/api/admin/states/GJ/rollback', { version: 99 })).status).toBe(400);
    expect((await admin.json('GET', '/api/admin/states/GJ/versions/99')).status).toBe(404);
  });

  it('exports a version and imports it back into the draft identically; publishing it changes nothing', async () => {
    const response = await admin.request('GET', '/api/admin/states/GJ/export?version=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('gujarat-v3.json');
    const bundle = (await response.json()) as {
      format: string;
      code: string;
      slug: string;
      version: number;
      files: Record<string, unknown>;
    };
    expect(bundle).toMatchObject({
      format: 'suraksha-config',
      formatVersion: 1,
      code: 'GJ',
      slug: 'gujarat',
      version: 3,
    });
    const imported = await admin.json('POST', '/api/admin/states/GJ/import', bundle);
    expect(imported.status).toBe(200);
    expect(imported.body.issues).toEqual([]);
    const draft = await admin.json('GET', '/api/admin/states/GJ/draft');
    expect(draft.body.files).toEqual(bundle.files);
    expect((await admin.json('GET', '/api/admin/states/GJ/draft/diff')).body.files).toEqual([]);
    const published = await admin.json('POST', '/api/admin/states/GJ/publish', {
      revision: imported.body.revision,
      note: 'round trip',
    });
    expect(published.status).toBe(201);
    expect(published.body.diff.files).toEqual([]);
    const again = (await (await admin.request('GET', '/api/admin/states/GJ/export')).json()) as {
      version: number;
      files: unknown;
    };
    expect(again.version).toBe(4);
    expect(again.files).toEqual(bundle.files);
    expect((await admin.json('GET', '/api/admin/states/GJ/versions')).body[0]).toMatchObject({
      version: 4,
      source: 'import',
      summary: { added: 0, removed: 0, changed: 0 },
    });
  });

  it('refuses bundles of another state, misplaced files and malformed bundles with pointers', async () => {
    const bundle = (await (await admin.request('GET', '/api/admin/states/GJ/export')).json()) as Record<string, any>;
    const wrongState = await admin.json('POST', '/api/admin/states/GJ/import', {
      ...bundle,
      code: 'JH',
      slug: 'jharkhand',
    });
    expect(wrongState.status).toBe(422);
    expect(wrongState.body.issues.map((i: { pointer: string }) => i.pointer)).toEqual(['/code', '/slug']);
    const misplaced = await admin.json('POST', '/api/admin/states/GJ/import', {
      ...bundle,
      files: { ...bundle.files, 'workflows/jharkhand/roles.json': {} },
    });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.issues).toEqual([
      {
        pointer: '/files/workflows~1jharkhand~1roles.json',
        message: expect.stringContaining('not a file of this state'),
        key: 'request.outsideState',
        params: { slug: 'gujarat' },
      },
    ]);
    const malformed = await admin.json('POST', '/api/admin/states/GJ/import', { format: 'zip', files: [] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues.map((i: { pointer: string }) => i.pointer)).toEqual(
      expect.arrayContaining(['/format', '/files', '/code']),
    );
    const noRevision = await admin.json('PUT', '/api/admin/states/GJ/draft', { files: {} });
    expect(noRevision.status).toBe(400);
    expect(noRevision.body.issues).toEqual([{ pointer: '/revision', message: 'is required' }]);
    expect((await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 0, files: bundle.files })).status).toBe(
      200,
    );
    const draftBundle = (await (await admin.request('GET', '/api/admin/states/GJ/export?draft=1')).json()) as Record<
      string,
      any
    >;
    expect(draftBundle.version).toBe('draft');
    expect((await admin.json('POST', '/api/admin/states/GJ/import', draftBundle)).body).toEqual({
      revision: 2,
      issues: [],
    });
    expect((await admin.json('DELETE', '/api/admin/states/GJ/draft')).status).toBe(204);
    expect((await admin.json('GET', '/api/admin/states/GJ/draft')).body).toMatchObject({ isDraft: false, revision: 0 });
  });

  it("gives 401 without a session, 403 to other states' admins and to other roles, 404 for unknown states", async () => {
    expect((await new Client(server.url).json('GET', '/api/admin/states/GJ/draft')).status).toBe(401);
    const jhAdmin = await demoClient(server, 'jh.stateadmin');
    expect((await jhAdmin.json('GET', '/api/admin/states/GJ/draft')).status).toBe(403);
    expect((await admin.json('GET', '/api/admin/states/JH/draft')).status).toBe(403);
    expect((await admin.json('PUT', '/api/admin/states/JH/draft', { revision: 0, files: {} })).status).toBe(403);
    expect((await admin.json('GET', '/api/admin/catalog?state=JH')).status).toBe(403);
    expect((await police.json('GET', '/api/admin/states/GJ/draft')).status).toBe(403);
    expect((await police.json('GET', '/api/admin/states')).status).toBe(403);
    expect((await police.json('POST', '/api/admin/states/GJ/rollback', { version: 1 })).status).toBe(403);
    expect((await national.json('GET', '/api/admin/states/ZZ/draft')).status).toBe(404);
    expect((await national.json('GET', '/api/admin/states/JH/draft')).status).toBe(200);
  });

  it('lists the catalog of guards and actions with their parameter schemas', async () => {
    const catalog = await admin.json('GET', '/api/admin/catalog?state=GJ');
    expect(catalog.status).toBe(200);
    expect(catalog.body.guards.find((g: { name: string }) => g.name === 'formComplete')).toMatchObject({
      plugin: 'builtin',
      params: { required: ['form'] },
    });
    expect(catalog.body.actions.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['setDeadline', 'notify', 'assignCaseNumber']),
    );
    expect(catalog.body.recordActions).toEqual(['create', 'read', 'update', 'fire', 'assign', 'manage']);
    expect(catalog.body.officeTypes).toContain('cwc');
    expect((await admin.json('GET', '/api/admin/catalog')).status).toBe(400);
    const openapi = (await admin.json('GET', '/api/openapi.json')).body;
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/admin/states', '/admin/states/{code}/publish', '/admin/states/{code}/import']),
    );
  });

  it('audits every configuration write', async () => {
    const entries = await server.runtime.services.models.audit.find({ state: 'GJ', action: /^config\./ }).lean();
    const actions = new Set(entries.map((e) => e.action));
    for (const action of [
      'config.draft.save',
      'config.publish',
      'config.rollback',
      'config.import',
      'config.draft.discard',
    ])
      expect(actions).toContain(action);
    const publishes = entries
      .filter((e) => e.action === 'config.publish' && e.outcome === 'success')
      .map((e) => e.detail);
    expect(publishes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ version: 2, note: 'landmark required' }),
        expect.objectContaining({ version: 4, note: 'round trip' }),
      ]),
    );
    expect(entries.some((e) => e.action === 'config.publish' && e.outcome === 'failure')).toBe(true);
  });
});
