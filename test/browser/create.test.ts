// Registering records in a real browser, in Gujarati: a CWC member registers a production (Form 17) with the draft
// kept through a dropped network; a police officer reports a found child and adds the child's photo (shrunk in the
// browser, sent with progress, shown in the header); the history names who acted.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoClient } from '../runtime/harness';
import { appText, fieldSelector, fillFields, saveForm, stateText } from './app';
import { browserSuite } from './browser';
import { jpegSize, pngImage } from '../support/images';

const gu = appText('gu');
const gj = stateText('gujarat', 'gu');

const suite = browserSuite();

const draftKeys = (page: Page) => page.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('suraksha.draft.'))`) as Promise<string[]>;

describe('registering records in Gujarati', () => {
  it('lets a CWC member register a production (Form 17), keeping what was typed through a dropped network', async () => {
    const cwc = await suite.signedIn('gj.cwcmember.ahm');
    await cwc.goto(`${suite.server.url}/records/new`);
    await cwc.locator('#create-type').selectOption('cncp');
    await fillFields(cwc, 'form17', {
      'production.date': '2026-03-02',
      'production.time': '10:15',
      'production.place': 'બાળ કલ્યાણ સમિતિ કચેરી, અમદાવાદ',
      'production.cwc': { select: 'AHM-CWC-1' },
      'production.district': { select: 'AHM' },
      'production.journeyHours': 2,
      'producedBy.category': { select: 'police' },
      'producedBy.name': 'એસ. એમ. ચાવડા',
      'producedBy.sex': { radio: 0 },
      'child.name': 'કિરણ',
      'child.sex': { radio: 0 },
      'child.apparentAge': 9,
      'child.languages': { check: [0] },
      'child.alleges': { radio: 1 },
      'parents.known': { radio: 1 },
      'found.date': '2026-03-01',
      'found.place': 'મણિનગર બસ સ્ટેન્ડ',
    });
    // The photo can be added once the record exists: the page says so, in Gujarati.
    expect(await cwc.locator(`${fieldSelector('form17', 'child.photo')}, .photo-status`).first().textContent()).toBe(gu['photo.afterSave']);
    await cwc.context().setOffline(true);
    await cwc.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await cwc.locator('[data-status="offline"]', { hasText: gu['create.offline'] }).waitFor();
    expect(await draftKeys(cwc)).toHaveLength(1);
    // Back online, the page is opened again: what was typed is still there, and registering it works.
    await cwc.context().setOffline(false);
    await cwc.reload();
    await cwc.locator('[data-status="restored"]', { hasText: gu['create.restored'] }).waitFor();
    expect(await cwc.locator('#create-type').inputValue()).toBe('cncp');
    expect(await cwc.locator(fieldSelector('form17', 'child.name')).inputValue()).toBe('કિરણ');
    expect(await cwc.locator(fieldSelector('form17', 'found.place')).inputValue()).toBe('મણિનગર બસ સ્ટેન્ડ');
    await cwc.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await cwc.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    await cwc.locator('.record-header .child-name', { hasText: 'કિરણ' }).waitFor();
    await cwc.locator('.record-header .stage-pill', { hasText: gj['stage.intake'] }).waitFor();
    expect(await draftKeys(cwc)).toEqual([]);
    const api = await demoClient(suite.server, 'gj.cwcmember.ahm');
    const record = (await api.json('GET', `/api/records/${cwc.url().split('/').pop()}`)).body.record;
    expect(record).toMatchObject({ recordType: 'cncp', district: 'AHM', ownerId: expect.any(String) });
    expect(record.forms.form17).toMatchObject({ status: 'complete', data: { child: { name: 'કિરણ', sex: 'male', apparentAge: 9 }, production: { cwc: 'AHM-CWC-1', journeyHours: 2 } } });
  });

  it('lets a police officer report a found child and add the child\'s photo, shrunk before upload', async () => {
    const police = await suite.signedIn('gj.police.ahm', 360);
    await police.goto(`${suite.server.url}/records/new?type=foundChild`);
    await police.locator('#create-type').waitFor();
    expect(await police.locator('#create-type').inputValue()).toBe('foundChild');
    await fillFields(police, 'foundReport', {
      'child.name': 'ગોપાલ',
      'child.sex': { radio: 0 },
      'child.age': 6,
      'found.date': '2026-03-03',
      'found.place': 'કાલુપુર રેલવે સ્ટેશન',
      'found.foundBy': { select: 'police' },
    });
    await police.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await police.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    const id = police.url().split('/').pop()!;
    await police.locator('.record-header .stage-pill', { hasText: gj['stage.reported'] }).waitFor();
    expect(await police.locator('.record-header .record-photo').count()).toBe(0);

    // Offline, choosing a photo says so clearly and sends nothing.
    const input = police.locator(fieldSelector('foundReport', 'child.photo'));
    await input.waitFor();
    const photo = { name: 'gopal.png', mimeType: 'image/png', buffer: pngImage(2000, 1500) };
    await police.context().setOffline(true);
    await input.setInputFiles(photo);
    await police.locator('.photo-status[data-upload="error"]', { hasText: gu['photo.offline'] }).waitFor();
    await police.context().setOffline(false);
    // A file that is not a picture is refused in the browser already, with a clear message in Gujarati.
    await input.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not a photo') });
    await police.locator('.photo-status[data-upload="error"]', { hasText: gu['photo.unreadable'] }).waitFor();

    // The label names the input (keyboard and screen reader users reach it by its label).
    expect(await police.getByLabel(gj['foundReport.child.photo']!).getAttribute('type')).toBe('file');
    expect(await police.locator('label.photo-pick').textContent()).toBe(gu['photo.choose']);
    await input.setInputFiles(photo);
    await police.locator('.photo-status[data-upload="done"]', { hasText: gu['photo.uploaded'] }).waitFor();
    await police.locator('.photo-control img.photo-preview').waitFor();
    await saveForm(police, 'complete');
    await police.locator('.record-header img.record-photo').waitFor();
    expect(await police.locator('.record-header img.record-photo').getAttribute('alt')).toBe(gu['photo.childAlt']!.replace('{{name}}', 'ગોપાલ'));
    await expect.poll(() => police.evaluate(`(() => { const img = document.querySelector('.record-header img.record-photo'); return img.complete && img.naturalWidth > 0; })()`)).toBe(true);
    await police.screenshot({ path: 'test-results/screenshots/found-child-photo-360.png', fullPage: true });

    // What reached the server is a JPEG of at most 1280 px, readable by the CWC member of the district.
    const cwcApi = await demoClient(suite.server, 'gj.cwcmember.ahm');
    const record = (await cwcApi.json('GET', `/api/records/${id}`)).body.record;
    const photoId = record.forms.foundReport.data.child.photo as string;
    expect(photoId).toMatch(/^[0-9a-f-]{36}$/);
    const file = await cwcApi.request('GET', `/api/records/${id}/attachments/${photoId}`);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(jpegSize(bytes)).toEqual({ width: 1280, height: 960 });
    expect(bytes.length).toBeLessThan(pngImage(2000, 1500).length + 400_000);
    const other = await demoClient(suite.server, 'gj.cwcmember.sur');
    expect((await other.request('GET', `/api/records/${id}/attachments/${photoId}`)).status).toBe(404);

    // The history names the officer who acted, with the role.
    await police.locator('#tab-history').click();
    await police.locator('.history-entry').first().waitFor();
    expect(await police.locator('.history').textContent()).toContain(gu['history.byName']!.replace('{{name}}', 'police (AHM)').replace('{{roles}}', gj['role.police']!));
    expect(suite.errorsExcept('401', 'ERR_INTERNET_DISCONNECTED')).toEqual([]);
  });
});
