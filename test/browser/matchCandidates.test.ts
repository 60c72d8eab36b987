// The candidates panel in a real browser, in Gujarati: a found child's report lists the missing report written in
// another script, explains the score, asks for a note, and a confirmation moves both reports.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoClient } from '../runtime/harness';
import { repoRoot } from '../support/fixture';
import { appText, openRecord, stateText } from './app';
import { browserSuite } from './browser';

const gu = appText('gu');
const guState = stateText('gujarat', 'gu');
const outDir = join(repoRoot, 'test-results', 'screenshots');

const suite = browserSuite();
let page: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const police = await demoClient(suite.server, 'gj.police.ahm');
  const missing = await police.json('POST', '/api/records', { recordType: 'missingChild', district: 'AHM', form: { data: { child: { name: 'Pooja Solanki', sex: 'female', age: 9, identificationMarks: 'mole on left cheek' }, missing: { date: '2026-08-01', place: 'Kankaria' } }, mode: 'complete' } });
  const found = await police.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM', form: { data: { child: { name: 'પૂજા સોલંકી', sex: 'female', age: 9, identificationMarks: 'ડાબા ગાલ પર તલ' }, found: { date: '2026-08-03', place: 'કાંકરિયા' }, production: { date: '2026-08-03', cwc: 'AHM-CWC-1' } }, mode: 'complete' } });
  ids.missing = missing.body.record.id;
  ids.found = found.body.record.id;
  expect((await police.json('POST', `/api/records/${ids.found}/events/PRODUCE_BEFORE_CWC`, { version: found.body.record.version })).status).toBe(200);
  page = await suite.signedIn('gj.police.ahm', 1280, 1100);
});

describe('candidates panel', () => {
  it('lists the missing report written in Latin script on the found report written in Gujarati, explained', async () => {
    await openRecord(page, suite.server.url, ids.found!);
    const card = page.locator('.match-card').first();
    await card.waitFor();
    expect(await page.locator('#matches-title').textContent()).toBe(gu['matching.title']);
    expect(await card.locator('.match-child').textContent()).toContain('Pooja Solanki');
    await card.locator('.match-features summary').click();
    expect(await card.locator('tr[data-feature="name"] th').textContent()).toBe(gu['matching.feature.name']);
    expect(await card.locator('tr[data-feature="name"]').getAttribute('class')).toContain('strong');
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'match-candidates-gj-gu.png'), fullPage: true });
  });

  it('explains each feature in Gujarati: names as written, codes and dates translated, no English sentence', async () => {
    const card = page.locator('.match-card').first();
    const detail = async (feature: string) => (await card.locator(`tr[data-feature="${feature}"] .feature-detail`).textContent()) ?? '';
    expect(await card.locator('.feature-detail').count()).toBe(await card.locator('tr[data-feature]').count());
    const name = await detail('name');
    expect(name).toContain(gu['matching.reason.name.same']!.split(':')[0]);
    expect(name).toContain('Pooja Solanki');
    expect(name).toContain('પૂજા સોલંકી');
    expect(await detail('sex')).toContain(`બંને ${gu['matching.sex.female']}`);
    expect(await detail('place')).toContain(`(${guState['district.AHM']})`);
    expect(await detail('marks')).toContain('ડાબા ગાલ પર તલ');
    const dates = await detail('dates');
    expect(dates).toContain('દિવસ પછી મળ્યું');
    expect(dates).toContain(new Intl.DateTimeFormat('gu-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-08-03T00:00:00Z')));
    expect(await detail('height')).toBe(` — ${gu['matching.reason.neutral']}`);
    // Only the names and place words the officers wrote may be in Latin script; no word of an English explanation.
    const text = (await card.locator('.match-features tbody').textContent()) ?? '';
    expect(text).not.toMatch(/\b(same|district|years?|apart|similarity|agreement|found|missing|both|female|mole|cheek|left|neutral|known|days?|tolerance|marks?)\b/i);
    expect(text).not.toMatch(/matching\.reason/);
  });

  it('asks for a note, then confirms and moves both reports', async () => {
    // The first card is Pooja's; weaker candidates may be listed under it.
    await page.locator('.match-card').first().locator('button[data-action="confirm"]').click();
    const dialog = page.locator('dialog.dialog[open]');
    await dialog.waitFor();
    await dialog.locator('button.primary').click();
    expect(await dialog.locator('#match-note-error').textContent()).toBe(gu['matching.noteMissing']);
    await dialog.locator('#match-note').fill('માતાએ CWC સમક્ષ ઓળખી');
    await dialog.locator('button.primary').click();
    await page.locator('.match-card.confirmed').waitFor();
    expect(await page.locator('.match-candidates [role="status"]').textContent()).toContain(gu['matching.confirmed']);
    await page.locator('.record-header .stage-pill', { hasText: guState['stage.matched'] }).waitFor();
    await openRecord(page, suite.server.url, ids.missing!);
    await page.locator('.record-header .stage-pill', { hasText: guState['stage.traced'] }).waitFor();
    expect(suite.errors).toEqual([]);
  });

  it('marks the candidates of a child who says nothing as weak, in Gujarati', async () => {
    const police = await demoClient(suite.server, 'gj.police.ahm');
    for (const name of ['Kishan Vaghela', 'Mitesh Koli']) {
      const created = await police.json('POST', '/api/records', { recordType: 'missingChild', district: 'AHM', form: { data: { child: { name, sex: 'male', age: 5 }, missing: { date: '2026-09-10', place: 'Odhav' } }, mode: 'complete' } });
      expect(created.status).toBe(201);
    }
    const found = await police.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM', form: { data: { child: { sex: 'male', age: 5 }, found: { date: '2026-09-12', place: 'Bapunagar' } }, mode: 'complete' } });
    expect(found.status).toBe(201);
    await openRecord(page, suite.server.url, found.body.record.id);
    const card = page.locator('.match-card', { hasText: 'Kishan Vaghela' });
    await card.waitFor();
    expect(await card.locator('.match-weak').textContent()).toBe(gu['matching.weak']);
    // What "weak" means is said once, visibly (a tooltip is never seen on a phone).
    expect(await page.locator('.match-weak-note').textContent()).toBe(gu['matching.weakHint']);
    expect(suite.errors).toEqual([]);
  });
});
