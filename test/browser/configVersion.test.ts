// The record page renders each record with the configuration version it keeps: an old record shows the old form texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { demoClient, startTestServer, type TestServer } from '../runtime/harness';
import { fieldSelector, openFormTab, openRecord, stateText } from './app';
import { launchBrowser, newContext, signIn, watchErrors } from './browser';

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;
const gj = stateText('gujarat', 'gu');
const newLabel = 'બાળક મળ્યાનું ચોક્કસ સ્થળ';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('records keep their configuration version in the app', () => {
  it('shows a record made before a publish with the old label and a new record with the new one', async () => {
    const police = await demoClient(server, 'gj.police.ahm');
    const admin = await demoClient(server, 'gj.stateadmin');
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

    context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url, 'gj.police.ahm');
    const errors = watchErrors(page);
    const label = page.locator(`label[for="${fieldSelector('foundReport', 'found.place').slice(1)}"]`);

    await openRecord(page, server.url, fresh.body.record.id);
    await openFormTab(page, 'foundReport');
    await expect(label.textContent()).resolves.toContain(newLabel);

    await openRecord(page, server.url, old.body.record.id);
    await openFormTab(page, 'foundReport');
    await expect(label.textContent()).resolves.toContain(gj['foundReport.found.place']);
    expect(await label.textContent()).not.toContain(newLabel);
    expect(errors).toEqual([]);
  });
});
