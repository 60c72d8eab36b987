// The record list in a real browser, in Gujarati: every filter (record type, stage, district, office, overdue, due
// soon) and a search by name typed in another script than the one the name was recorded in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readScenario } from './scenarioData';
import { demoClient, type Client } from '../runtime/harness';
import { appText } from './app';
import { browserSuite } from './browser';

const gu = appText('gu');
const scenario = readScenario('gujarat', 'cncpMainPath');

const suite = browserSuite();
let page: Page;

async function cncp(police: Client, district: string, name: string, office?: string): Promise<{ id: string; version: number }> {
  const data = scenario.save('form17');
  (data.child as Record<string, unknown>).name = name;
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district, ...(office ? { office } : {}), form: { data, mode: 'complete' } });
  expect(created.status).toBe(201);
  return created.body.record;
}

beforeAll(async () => {
  const ahm = await demoClient(suite.server, 'gj.police.ahm');
  const sur = await demoClient(suite.server, 'gj.police.sur');
  // Sunita: a new CNCP case, its production due within 24 hours (due soon).
  await cncp(ahm, 'AHM', 'સુનિતા', 'AHM-PS-NAVRANGPURA');
  // Rajesh: produced before the CWC (another stage); his final order, counted from the production date of the
  // scenario (March 2026), is overdue too.
  const rajesh = await cncp(ahm, 'AHM', 'રાજેશ', 'AHM-PS-NAVRANGPURA');
  expect((await ahm.json('POST', `/api/records/${rajesh.id}/events/PRODUCE_BEFORE_CWC`, undefined, { 'if-match': `"${rajesh.version}"` })).status).toBe(200);
  // Arjun: his production deadline passed two days ago (overdue).
  const arjun = await cncp(ahm, 'AHM', 'અર્જુન', 'AHM-PS-NAVRANGPURA');
  const past = new Date(Date.now() - 2 * 86_400_000);
  await suite.server.runtime.services.models.records.updateOne({ _id: arjun.id }, { $set: { 'deadlines.production.due': past.toISOString(), nextDue: past } });
  // Gopal: a found child in Ahmedabad, without an office.
  expect((await ahm.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM', form: { data: { child: { name: 'ગોપાલ', sex: 'male' }, found: { date: '2026-03-03', place: 'કાલુપુર' } }, mode: 'complete' } })).status).toBe(201);
  // Meena: a CNCP case in Surat.
  await cncp(sur, 'SUR', 'મીના');
  page = await suite.signedIn('gj.stateadmin', 360);
  await page.goto(`${suite.server.url}/records`);
});

/** The child names the list shows once it has settled. */
const names = async () => (await page.locator('.record-cards .child-name').allTextContents()).sort();
const shows = (expected: string[]) => expect.poll(names, { timeout: 10_000 }).toEqual([...expected].sort());
const clear = async () => {
  await page.getByRole('button', { name: gu['list.clear'] }).click();
  await page.waitForURL(/\/records$/);
};

describe('record list in Gujarati', () => {
  it('filters by record type, stage, district, office, overdue and due soon', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('gu');
    await shows(['સુનિતા', 'રાજેશ', 'અર્જુન', 'ગોપાલ', 'મીના']);
    await page.getByLabel(gu['list.recordType']!, { exact: true }).selectOption('foundChild');
    await shows(['ગોપાલ']);
    await page.getByLabel(gu['list.recordType']!, { exact: true }).selectOption('cncp');
    await shows(['સુનિતા', 'રાજેશ', 'અર્જુન', 'મીના']);
    await page.getByLabel(gu['list.stage']!, { exact: true }).selectOption('producedBeforeCwc');
    await shows(['રાજેશ']);
    await clear();
    await page.getByLabel(gu['list.district']!, { exact: true }).selectOption('SUR');
    await shows(['મીના']);
    await page.getByLabel(gu['list.district']!, { exact: true }).selectOption('AHM');
    await page.getByLabel(gu['list.office']!, { exact: true }).selectOption('AHM-PS-NAVRANGPURA');
    await shows(['સુનિતા', 'રાજેશ', 'અર્જુન']);
    await clear();
    await page.getByLabel(gu['list.overdueOnly']!, { exact: true }).check();
    await shows(['અર્જુન', 'રાજેશ']);
    // The overdue card says by how many days, in Gujarati.
    expect(await page.locator('.record-card', { hasText: 'અર્જુન' }).locator('.badge.overdue').textContent()).toContain(gu['deadline.overdueBy_other']!.replace('{{n}}', '2'));
    await page.getByLabel(gu['list.overdueOnly']!, { exact: true }).uncheck();
    await page.getByLabel(gu['list.dueSoonOnly']!.replace('{{n}}', '7'), { exact: true }).check();
    await shows(['સુનિતા', 'ગોપાલ', 'મીના']);
    expect(page.url()).toContain('dueSoon=true');
    // Filters live in the address: a reload keeps them.
    await page.reload();
    await shows(['સુનિતા', 'ગોપાલ', 'મીના']);
    expect(await page.getByLabel(gu['list.dueSoonOnly']!.replace('{{n}}', '7'), { exact: true }).isChecked()).toBe(true);
    await clear();
  });

  it('finds a name recorded in Gujarati when it is typed in Latin or Devanagari', async () => {
    await page.goto(`${suite.server.url}/records`);
    for (const typed of ['Sunita', 'सुनीता', 'સુનિતા']) {
      await page.getByLabel(gu['list.search']!, { exact: true }).fill(typed);
      await page.getByRole('button', { name: gu['list.searchButton'], exact: true }).click();
      await shows(['સુનિતા']);
    }
    await page.getByLabel(gu['list.search']!, { exact: true }).fill('Rajesh');
    await page.keyboard.press('Enter');
    await shows(['રાજેશ']);
    await page.getByLabel(gu['list.search']!, { exact: true }).fill('Priyanka');
    await page.keyboard.press('Enter');
    await page.locator('.note', { hasText: gu['list.empty'] }).waitFor();
    expect(suite.errors).toEqual([]);
  });
});
