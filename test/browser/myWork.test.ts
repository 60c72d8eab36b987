// "My work" in a real browser, in Gujarati at 360 px: overdue with days overdue, due soon, assigned to me, recent, and
// counts per stage that open the list filtered to that stage.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readScenario } from './scenarioData';
import { demoClient, type Client } from '../runtime/harness';
import { appText, stateText } from './app';
import { browserSuite } from './browser';

const gu = appText('gu');
const gj = stateText('gujarat', 'gu');
const scenario = readScenario('gujarat', 'cncpMainPath');

const suite = browserSuite();
let page: Page;

async function cncp(client: Client, district: string, name: string): Promise<string> {
  const data = scenario.save('form17');
  (data.child as Record<string, unknown>).name = name;
  const created = await client.json('POST', '/api/records', { recordType: 'cncp', district, form: { data, mode: 'complete' } });
  expect(created.status).toBe(201);
  return created.body.record.id;
}

beforeAll(async () => {
  // Records are assigned to whoever registers them: the CWC member's two are not this officer's, Meena is.
  const cwc = await demoClient(suite.server, 'gj.cwcmember.ahm');
  const police = await demoClient(suite.server, 'gj.police.ahm');
  await cncp(cwc, 'AHM', 'સુનિતા');
  const arjun = await cncp(cwc, 'AHM', 'અર્જુન');
  const past = new Date(Date.now() - 3 * 86_400_000);
  await suite.server.runtime.services.models.records.updateOne({ _id: arjun }, { $set: { 'deadlines.production.due': past.toISOString(), nextDue: past } });
  await cncp(police, 'AHM', 'મીના');
  await cncp(await demoClient(suite.server, 'gj.police.sur'), 'SUR', 'રાધા');
  page = await suite.signedIn('gj.police.ahm', 360, 780);
});

const namesIn = (section: string) => page.locator(`section[aria-labelledby="work-${section}"] .child-name`).allTextContents();

describe('My work in Gujarati', () => {
  it('shows overdue with days overdue, due soon, assigned to me, recent and counts per stage', async () => {
    await page.locator('#work-title', { hasText: gu['work.title'] }).waitFor();
    await page.locator('section[aria-labelledby="work-overdue"] .record-card').first().waitFor();
    expect(await namesIn('overdue')).toEqual(['અર્જુન']);
    const badge = page.locator('section[aria-labelledby="work-overdue"] .badge.overdue');
    expect(await badge.textContent()).toContain(gu['deadline.overdueBy_other']!.replace('{{n}}', '3'));
    expect(await page.locator('#work-soon').textContent()).toBe(gu['work.dueSoon']!.replace('{{n}}', '7'));
    expect((await namesIn('soon')).sort()).toEqual(['મીના', 'સુનિતા'].sort());
    expect(await namesIn('assigned')).toEqual(['મીના']);
    // Surat's record is not this Ahmedabad officer's to see, anywhere on the page.
    expect((await namesIn('recent')).sort()).toEqual(['અર્જુન', 'મીના', 'સુનિતા'].sort());
    expect(await page.locator('main').textContent()).not.toContain('રાધા');
    const intake = page.locator('.stage-counts a', { hasText: gj['stage.intake']! });
    expect(await intake.locator('.count').textContent()).toBe('3');
    await intake.click();
    await page.waitForURL(/\/records\?recordType=cncp&stage=intake$/);
    await expect.poll(async () => (await page.locator('.record-cards .child-name').allTextContents()).length).toBe(3);
    expect(suite.errors).toEqual([]);
  });
});
