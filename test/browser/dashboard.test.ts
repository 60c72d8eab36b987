// The dashboard in a real browser: an Ahmedabad DCPO opens it from the menu and sees the SVG charts and the figures
// of Ahmedabad only (Surat's records are on the same server), in Gujarati; a screenshot goes to test-results/screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoClient } from '../runtime/harness';
import { repoRoot } from '../support/fixture';
import { appText } from './app';
import { readScenario } from './scenarioData';
import { browserSuite, signIn } from './browser';

const gu = appText('gu');
const outDir = join(repoRoot, 'test-results', 'screenshots');

const suite = browserSuite();
let page: Page;

async function reports(username: string, district: string, missing: number, found: number): Promise<void> {
  const police = await demoClient(suite.server, username);
  // One open CNCP case (produced before the CWC on the scenario's date).
  expect((await police.json('POST', '/api/records', { recordType: 'cncp', district, form: { data: readScenario('gujarat', 'cncpMainPath').save('form17'), mode: 'complete' } })).status).toBe(201);
  for (let i = 0; i < missing + found; i++) {
    const recordType = i < missing ? 'missingChild' : 'foundChild';
    const data = recordType === 'missingChild' ? { child: { name: `Child ${district} ${i}`, sex: 'male', age: 9 }, missing: { date: '2026-10-01' } } : { child: { sex: 'female', age: 6 }, found: { date: '2026-10-02', place: 'station' } };
    expect((await police.json('POST', '/api/records', { recordType, district, form: { data, mode: 'complete' } })).status).toBe(201);
  }
}

beforeAll(async () => {
  await reports('gj.police.ahm', 'AHM', 2, 1);
  await reports('gj.police.sur', 'SUR', 4, 3);
  page = await suite.signedIn('gj.dcpo.ahm', 1280, 1000);
});

/** The cells of one column of a report table (body rows only). */
const column = (report: string, key: string) => page.locator(`#${report}-table tbody td[data-column="${key}"]`).allTextContents();
const total = async (report: string, key: string) => (await page.locator(`#${report}-table tfoot td[data-column="${key}"]`).textContent())?.trim();
const number = (n: number) => new Intl.NumberFormat('gu-IN').format(n);

describe('dashboard of a district head', () => {
  it('opens from the menu and draws every chart as SVG with a table beside it', async () => {
    await page.getByRole('link', { name: gu['nav.dashboard'] }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.locator('#chart-monthly svg').waitFor();
    expect(await page.locator('h1').textContent()).toBe(gu['dashboard.title']);
    for (const chart of ['monthly', 'stages', 'pendency', 'outcomes']) {
      expect(await page.locator(`[data-report="${chart}"] svg[role="img"] > title`).count(), chart).toBe(1);
      expect(await page.locator(`#${chart}-table`).count(), chart).toBe(1);
    }
  });

  it("shows only Ahmedabad's figures, in the user's locale", async () => {
    for (const details of await page.locator('details.table-alternative').all()) if (!(await details.evaluate((d) => (d as unknown as { open: boolean }).open))) await details.locator('summary').click();
    await page.locator('#monthly-table').waitFor();
    expect(new Set(await column('monthly', 'districtCode'))).toEqual(new Set(['AHM']));
    expect(new Set(await column('stages', 'districtCode'))).toEqual(new Set(['AHM']));
    expect(new Set(await column('outcomes', 'districtCode'))).toEqual(new Set(['AHM']));
    expect(new Set(await column('pendency', 'districtCode'))).toEqual(new Set(['AHM']));
    expect(await total('monthly', 'count')).toBe(number(4));
    expect(await total('pendency', 'total')).toBe(number(1));
    expect(await total('outcomes', 'missing')).toBe(number(2));
    expect(await total('outcomes', 'found')).toBe(number(1));
    // The bars carry the same figures: a CNCP case, two missing and one found report registered this month.
    const bars = await page.locator('#chart-monthly rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars.reduce((a, b) => a + b, 0)).toBe(4);
    const outcomeBars = await page.locator('#chart-outcomes rect[data-series="missing"]').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(outcomeBars).toEqual([2]);
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'dashboard-gj-dcpo-gu.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(outDir, 'dashboard-gj-dcpo-gu-360.png'), fullPage: true });
    expect(suite.errors).toEqual([]);
  });

  it('is not in the menu of a police officer, whose role may not read reports', async () => {
    const other = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const police = await other.newPage();
    await signIn(police, suite.server.url, 'gj.police.ahm');
    expect(await police.getByRole('link', { name: gu['nav.dashboard'] }).count()).toBe(0);
    await police.goto(`${suite.server.url}/dashboard`);
    await police.locator('.dashboard [role="alert"]').waitFor();
    expect(await police.locator('.dashboard [role="alert"]').textContent()).not.toBe('');
    await other.close();
  });
});
