// The child's photo on the embedded database: upload checked by its bytes and size, read back only by those who may
// read the record and the field, refusals in the user's language, every upload and read audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStateSource } from '@suraksha/engine/node';
import { mustLoad, repoRoot } from '../support/fixture';
import { pngImage } from '../support/images';
import { demoClient, startTestServer, type Client, type TestServer } from './harness';
import { attachmentModel, maxAttachmentBytes } from '../../runtime/src/attachments/attachmentStore';

const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
const mainPath = gj.scenarios.find((s) => s.id === 'cncpMainPath')!;
const dataOf = (form: string) => structuredClone((mainPath.steps.find((s) => s.do === 'save' && s.form === form && s.mode === 'complete') as { data: Record<string, unknown> }).data);

/** A real 2×2 PNG. */
const png = () => pngImage(2, 2);

/** A JPEG-signed file of `size` bytes (the server looks at the signature, it does not decode). */
const jpegOfSize = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 6, 7), Buffer.from([0xff, 0xd9])]);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

const upload = (client: Client, recordId: string, field: string, bytes: Uint8Array, type = 'image/png', name = 'sunita.png') =>
  client.json('POST', `/api/records/${recordId}/attachments?field=${field}&name=${encodeURIComponent(name)}`, bytes, { 'content-type': type });

describe('attachments API', () => {
  let recordId = '';
  let photoId = '';
  let police: Client;

  it('takes a photo for a field the user may write and gives a reference back', async () => {
    police = await demoClient(server, 'gj.police.ahm');
    const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: dataOf('form17'), mode: 'draft' } });
    expect(created.status).toBe(201);
    recordId = created.body.record.id;
    const bytes = png();
    const uploaded = await upload(police, recordId, 'form17.child.photo', bytes);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ field: 'form17.child.photo', type: 'image/png', size: bytes.length, name: 'sunita.png' });
    photoId = uploaded.body.id;
    // The form field stores the reference, through the ordinary form save (engine checks, history, audit).
    const data = dataOf('form17');
    (data.child as Record<string, unknown>).photo = photoId;
    const saved = await police.json('PUT', `/api/records/${recordId}/forms/form17`, { data, mode: 'draft', version: created.body.record.version });
    expect(saved.status).toBe(200);
    expect(saved.body.record.forms.form17.data.child.photo).toBe(photoId);
    const audit = await server.runtime.services.models.audit.find({ action: 'attachment.upload', target: recordId }).lean();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ attachment: photoId, field: 'form17.child.photo', type: 'image/png' });
  });

  it('serves the same bytes to a role that may read the record and the field, and audits the read', async () => {
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    const response = await cwc.request('GET', `/api/records/${recordId}/attachments/${photoId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(png())).toBe(true);
    const meta = await cwc.json('GET', `/api/records/${recordId}/attachments/${photoId}/meta`);
    expect(meta.body).toMatchObject({ id: photoId, type: 'image/png', size: png().length });
    expect(await server.runtime.services.models.audit.countDocuments({ action: 'attachment.read', target: recordId })).toBe(1);
  });

  it('is not found for another district, another state, another record or without a session', async () => {
    for (const username of ['gj.police.sur', 'gj.cwcmember.sur', 'jh.stateadmin']) {
      const other = await demoClient(server, username);
      const response = await other.json('GET', `/api/records/${recordId}/attachments/${photoId}`);
      expect(response.status, username).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('sunita');
      expect((await other.json('POST', `/api/records/${recordId}/attachments?field=form17.child.photo`, png(), { 'content-type': 'image/png' })).status, username).toBe(404);
    }
    const another = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: dataOf('form17'), mode: 'draft' } });
    expect((await police.json('GET', `/api/records/${another.body.record.id}/attachments/${photoId}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/records/${recordId}/attachments/${photoId}`)).status).toBe(401);
  });

  it('is not found for a role that may read the record but not the field', async () => {
    // Move the case to the SIR stage, where the social worker adds the photo of Form 22.
    const cwc = await demoClient(server, 'gj.cwcmember.ahm');
    const sw = await demoClient(server, 'gj.socialworker.ahm');
    const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: dataOf('form17'), mode: 'complete' } });
    const produced = await police.json('POST', `/api/records/${created.body.record.id}/events/PRODUCE_BEFORE_CWC`, undefined, { 'if-match': `"${created.body.record.version}"` });
    const form21 = await cwc.json('PUT', `/api/records/${created.body.record.id}/forms/form21`, { data: dataOf('form21'), mode: 'complete', version: produced.body.record.version });
    const ordered = await cwc.json('POST', `/api/records/${created.body.record.id}/events/ORDER_SIR`, undefined, { 'if-match': `"${form21.body.record.version}"` });
    expect(ordered.body.record.stage).toBe('sirOrdered');
    const uploaded = await upload(sw, created.body.record.id, 'form22.identity.photo', png());
    expect(uploaded.status).toBe(201);
    expect((await cwc.request('GET', `/api/records/${created.body.record.id}/attachments/${uploaded.body.id}`)).status).toBe(200);
    // The police read this record (Form 17) but not Form 22: its photo is not found, and they may not upload to it.
    expect((await police.json('GET', `/api/records/${created.body.record.id}`)).status).toBe(200);
    expect((await police.json('GET', `/api/records/${created.body.record.id}/attachments/${uploaded.body.id}`)).status).toBe(404);
    const refused = await upload(police, created.body.record.id, 'form22.identity.photo', png());
    expect(refused.status).toBe(403);
    // Form 17 is no longer editable at this stage: no upload for it either.
    expect((await upload(police, created.body.record.id, 'form17.child.photo', png())).status).toBe(409);
  });

  it('lets a form point only at a file uploaded for that field of that record', async () => {
    const current = await police.json('GET', `/api/records/${recordId}`);
    const data = current.body.record.forms.form17.data;
    // Unchanged, the stored reference saves again.
    const again = await police.json('PUT', `/api/records/${recordId}/forms/form17`, { data, mode: 'draft', version: current.body.record.version });
    expect(again.status).toBe(200);
    // Another record's photo, or an id nobody uploaded, is refused at the field, in the user's language.
    const other = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: dataOf('form17'), mode: 'draft' } });
    const foreign = await upload(police, other.body.record.id, 'form17.child.photo', png());
    for (const id of [foreign.body.id, 'a1b2c3d4-0000-4000-8000-000000000000']) {
      const refused = await police.json('PUT', `/api/records/${recordId}/forms/form17?lang=gu`, { data: { ...data, child: { ...data.child, photo: id } }, mode: 'draft', version: again.body.record.version });
      expect(refused.status).toBe(422);
      expect(refused.body.issues).toEqual([{ pointer: '/child/photo', message: expect.stringContaining('ફોટો') }]);
    }
    // A record being registered has no uploads: its first form cannot name one.
    const early = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: { child: { photo: photoId } }, mode: 'draft' } });
    expect(early.status).toBe(422);
    expect(early.body.issues[0].pointer).toBe('/child/photo');
    expect((await police.json('GET', `/api/records/${recordId}`)).body.record.forms.form17.data.child.photo).toBe(photoId);
  });

  it('refuses files that are not JPEG, PNG or WebP by their bytes, in the user\'s language', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    const asPng = await upload(police, recordId, 'form17.child.photo', pdf, 'image/png', 'x.png');
    expect(asPng.status).toBe(415);
    expect(asPng.body.issues[0].pointer).toBe('/body');
    expect(asPng.body.detail).toMatch(/JPEG, PNG/);
    const gujarati = await police.json('POST', `/api/records/${recordId}/attachments?field=form17.child.photo&lang=gu`, pdf, { 'content-type': 'application/octet-stream' });
    expect(gujarati.status).toBe(415);
    expect(gujarati.body.detail).toContain('ફોટો');
    expect((await upload(police, recordId, 'form17.child.photo', png(), 'text/html')).status).toBe(415);
    // A PNG declared as JPEG is refused too: the declared type must be what the bytes are.
    expect((await upload(police, recordId, 'form17.child.photo', png(), 'image/jpeg')).status).toBe(415);
    expect((await upload(police, recordId, 'form17.child.photo', Buffer.alloc(0))).status).toBe(400);
    const notAttachment = await upload(police, recordId, 'form17.child.name', png());
    expect(notAttachment.status).toBe(422);
    expect(notAttachment.body.issues[0].pointer).toBe('/query/field');
    expect((await police.json('POST', `/api/records/${recordId}/attachments?field=form17.child.photo&extra=1`, png(), { 'content-type': 'image/png' })).status).toBe(400);
  });

  it('takes a file at the size limit and refuses one byte more with 413, storing nothing', async () => {
    const atLimit = await upload(police, recordId, 'form17.child.photo', jpegOfSize(maxAttachmentBytes), 'image/jpeg', 'big.jpg');
    expect(atLimit.status).toBe(201);
    const stored = await police.request('GET', `/api/records/${recordId}/attachments/${atLimit.body.id}`);
    expect((await stored.arrayBuffer()).byteLength).toBe(maxAttachmentBytes);
    const model = await attachmentModel(server.runtime.services.models.records.db);
    const before = await model.countDocuments({ recordId });
    const tooBig = await police.json('POST', `/api/records/${recordId}/attachments?field=form17.child.photo&lang=gu`, jpegOfSize(maxAttachmentBytes + 1), { 'content-type': 'image/jpeg' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.detail).toContain('MB');
    expect(tooBig.body.detail).toContain('ફોટો');
    expect(await model.countDocuments({ recordId })).toBe(before);
  });
});
