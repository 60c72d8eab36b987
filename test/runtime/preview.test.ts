// The designer's form preview endpoint: draft files compiled by the engine, field access per role, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRepositoryState } from '../../runtime/src/config/bundle';
import { repoRoot } from '../support/fixture';
import { Client, demoClient, startTestServer, type TestServer } from './harness';

const gujarat = () => structuredClone(readRepositoryState(repoRoot, 'gujarat').files) as Record<string, any>;
const foundReport = 'form-definitions/gujarat/forms/foundReport.json';
const preview = '/api/admin/states/GJ/preview';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startTestServer();
  admin = await demoClient(server, 'gj.stateadmin');
}, 180_000);
afterAll(async () => server?.stop());

describe('POST /api/admin/states/:code/preview', () => {
  it('compiles a draft form with its translations, like client-config', async () => {
    const files = gujarat();
    const form = files[foundReport];
    form.schema.properties.child.properties.shelterName = { type: 'string', title: 'foundReport.child.shelterName', maxLength: 200 };
    form.rules.push({ id: 'shelter', when: { field: 'child.speech', schema: { const: 'cannot' } }, show: ['child.shelterName'], require: ['child.shelterName'] });
    for (const [lang, text] of [['gu', 'આશ્રયનું નામ'], ['hi', 'आश्रय का नाम'], ['en', 'Shelter name']]) files[`form-definitions/gujarat/i18n/${lang}.json`].messages['foundReport.child.shelterName'] = text;
    const answer = await admin.json('POST', preview, { files, form: 'foundReport', lang: 'gu' });
    expect(answer.status).toBe(200);
    expect(answer.body.schema.properties.child.properties.shelterName).toMatchObject({ type: 'string', title: 'foundReport.child.shelterName' });
    expect(answer.body.messages['foundReport.child.shelterName']).toBe('આશ્રયનું નામ');
    expect(answer.body.messages['validation.required']).toBe(files['form-definitions/gujarat/i18n/gu.json'].messages['validation.required']);
    expect(JSON.stringify(answer.body.uischema)).toContain('"effect":"SHOW"');
    expect(answer.body.readable).toContain('child.shelterName');
    expect(answer.body.districts.length).toBeGreaterThan(0);

    // The same form, published, is what the caseworker app gets from client-config.
    const published = await admin.json('POST', preview, { files: gujarat(), form: 'foundReport', lang: 'en' });
    const police = await demoClient(server, 'gj.police.ahm');
    const config = await police.json('GET', '/api/client-config?lang=en');
    expect(published.body.schema).toEqual(config.body.forms.foundReport.schema);
    expect(published.body.uischema).toEqual(config.body.forms.foundReport.uischema);
    expect(published.body.title).toBe(config.body.forms.foundReport.title);
  });

  it('lists the fields a role may read and write', async () => {
    const police = await admin.json('POST', preview, { files: gujarat(), form: 'form17', role: 'police' });
    expect(police.status).toBe(200);
    expect(police.body.readable).toContain('child.name');
    expect(police.body.writable).toContain('child.name');
    const cci = await admin.json('POST', preview, { files: gujarat(), form: 'form17', role: 'cciSuperintendent' });
    expect(cci.body.readable).toContain('child.name');
    expect(cci.body.readable).not.toContain('child.allegationDetails');
    expect(cci.body.writable).not.toContain('child.name');
    // The draft's roles count, not the published ones.
    const files = gujarat();
    files['workflows/gujarat/roles.json'].roles.police.rules.push({ action: 'read', subject: 'record', fields: ['form17.child.name'], inverted: true });
    const denied = await admin.json('POST', preview, { files, form: 'form17', role: 'police' });
    expect(denied.body.readable).not.toContain('child.name');
  });

  it('answers 422 with the engine issues when the draft does not compile', async () => {
    const files = gujarat();
    files[foundReport].schema.properties.child.properties.name.title = 'foundReport.child.noSuchKey';
    const answer = await admin.json('POST', preview, { files, form: 'foundReport' });
    expect(answer.status).toBe(422);
    expect(answer.body.issues.some((i: { file: string; pointer: string }) => i.file.endsWith('.json') && i.pointer !== undefined)).toBe(true);
    expect(JSON.stringify(answer.body.issues)).toContain('foundReport.child.noSuchKey');
  });

  it('validates its input', async () => {
    const files = gujarat();
    const cases: [unknown, number, string][] = [
      [{ files, form: 'noSuchForm' }, 400, '/form'],
      [{ files, form: 'form17', lang: 'bn' }, 400, '/lang'],
      [{ files, form: 'form17', role: 'noSuchRole' }, 400, '/role'],
      [{ files, form: 'Form 17' }, 400, '/form'],
      [{ files, form: 'form17', extra: 1 }, 400, '/extra'],
      [{ form: 'form17' }, 400, '/files'],
      [{ files: { ...files, 'workflows/jharkhand/roles.json': {} }, form: 'form17' }, 400, '/files/workflows~1jharkhand~1roles.json'],
    ];
    for (const [body, status, pointer] of cases) {
      const answer = await admin.json('POST', preview, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.issues.map((i: { pointer: string }) => i.pointer)).toContain(pointer);
    }
    const proto = await admin.request('POST', preview, '{"files":{"__proto__":{}},"form":"form17"}');
    expect(proto.status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, { post?: { requestBody?: unknown } }> };
    expect(JSON.stringify(openapi.paths['/admin/states/{code}/preview']?.post?.requestBody)).toContain('"role"');
  });

  it('is only for admins of the state', async () => {
    expect((await new Client(server.url).json('POST', preview, { files: {}, form: 'form17' })).status).toBe(401);
    const police = await demoClient(server, 'gj.police.ahm');
    expect((await police.json('POST', preview, { files: gujarat(), form: 'form17' })).status).toBe(403);
    expect((await admin.json('POST', '/api/admin/states/JH/preview', { files: {}, form: 'form17' })).status).toBe(403);
  });
});
