// The record page renders each record with the configuration version it keeps: an old record shows the old form texts.
import { describe, expect, it } from 'vitest';
import { demoClient } from '../runtime/harness';
import { fieldSelector, openFormTab, openRecord, stateText } from './app';
import { browserSuite } from './browser';

const suite = browserSuite();
const gj = stateText('gujarat', 'gu');
const newLabel = 'બાળક મળ્યાનું ચોક્કસ સ્થળ';

describe('records keep their configuration version in the app', () => {
  it('shows a record made before a publish with the old label and a new record with the new one', async () => {
    const police = await demoClient(suite.server, 'gj.police.ahm');
    const admin = await demoClient(suite.server, 'gj.stateadmin');
    const data = {
      found: { date: '2026-03-02', place: 'Kankaria', district: 'AHM', foundBy: 'citizen' },
      child: { sex: 'male' },
    };
    const old = await police.json('POST', '/api/records', {
      recordType: 'foundChild',
      district: 'AHM',
      form: { data, mode: 'draft' },
    });
    expect(old.status).toBe(201);

    const files = (await admin.json('GET', '/api/admin/states/GJ/draft')).body.files;
    files['form-definitions/gujarat/i18n/gu.json'].messages['foundReport.found.place'] = newLabel;
    const saved = await admin.json('PUT', '/api/admin/states/GJ/draft', { revision: 0, files });
    expect(
      (
        await admin.json('POST', '/api/admin/states/GJ/publish', {
          revision: saved.body.revision,
          note: 'clearer label',
        })
      ).status,
    ).toBe(201);
    const fresh = await police.json('POST', '/api/records', {
      recordType: 'foundChild',
      district: 'AHM',
      form: { data, mode: 'draft' },
    });
    expect(fresh.body.record.configVersion).toBe(2);

    const page = await suite.signedIn('gj.police.ahm');
    const label = page.locator(`label[for="${fieldSelector('foundReport', 'found.place').slice(1)}"]`);

    await openRecord(page, suite.server.url, fresh.body.record.id);
    await openFormTab(page, 'foundReport');
    await expect(label.textContent()).resolves.toContain(newLabel);

    await openRecord(page, suite.server.url, old.body.record.id);
    await openFormTab(page, 'foundReport');
    await expect(label.textContent()).resolves.toContain(gj['foundReport.found.place']);
    expect(await label.textContent()).not.toContain(newLabel);
    expect(suite.errors).toEqual([]);
  });
});
