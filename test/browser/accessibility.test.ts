// axe-core in Debian's chromium on the login, My work, list and record pages, in Gujarati at 360 px: no serious or
// critical violation (labels, contrast, keyboard, ARIA); the Gujarati deadline badge is drawn with Noto Sans Gujarati.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoClient } from '../runtime/harness';
import { appText, fieldSelector, openRecord } from './app';
import { axeViolations, browserSuite, signIn } from './browser';
import { readScenario } from './scenarioData';

const gu = appText('gu');

const suite = browserSuite();
let page: Page;
let recordId = '';

/** Serious and critical axe violations of the whole page; axe really looked: these rules were checked and passed. */
const violations = () => axeViolations(page, undefined, ['color-contrast', 'document-title', 'html-has-lang']);

beforeAll(async () => {
  const police = await demoClient(suite.server, 'gj.police.ahm');
  const data = readScenario('gujarat', 'cncpMainPath').save('form17');
  const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data, mode: 'complete' } });
  recordId = created.body.record.id;
  page = await suite.page(360, 780);
});

describe('accessibility in Gujarati at 360 px', () => {
  it('login page', async () => {
    await page.goto(`${suite.server.url}/`);
    await page.locator('#login-language').selectOption('gu');
    await page.locator('html[lang="gu"]').waitFor();
    expect(await page.locator('label[for="username"]').textContent()).toBe(gu['login.username']);
    expect(await violations()).toEqual([]);
    // The check can fail: an input without a label and faint text are reported, then removed again.
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<div id="bad"><input type="text"><p style="color:#ccc;background:#fff">ફિક્કું લખાણ</p></div>')`);
    const bad = await violations();
    expect(bad.some((v) => v.startsWith('label ('))).toBe(true);
    expect(bad.some((v) => v.startsWith('color-contrast ('))).toBe(true);
    await page.evaluate(`document.getElementById('bad').remove()`);
  });

  it('My work', async () => {
    await signIn(page, suite.server.url, 'gj.police.ahm');
    await page.locator('#work-title').waitFor();
    await page.locator('.my-work .record-card').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('record list with its filters', async () => {
    await page.goto(`${suite.server.url}/records`);
    await page.locator('.record-cards .record-card').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('record page with its form (photo field included) and history', async () => {
    await openRecord(page, suite.server.url, recordId);
    await page.locator(fieldSelector('form17', 'child.name')).waitFor();
    await page.locator('label.photo-pick').waitFor();
    expect(await violations()).toEqual([]);
    // Nothing wider than the phone's screen (the hidden file input included).
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    // Keyboard: Tab from the control before it reaches the photo's file input, and its button shows the focus ring.
    const photoId = fieldSelector('form17', 'child.photo').slice(1);
    const before = await page.evaluate(`(() => {
      const tabbable = [...document.querySelectorAll('input, select, textarea, button, a[href], [tabindex]')].filter((e) => e.tabIndex >= 0 && !e.disabled);
      const i = tabbable.findIndex((e) => e.id === ${JSON.stringify(photoId)});
      tabbable[i - 1].setAttribute('data-before-photo', '');
      return i;
    })()`);
    expect(before).toBeGreaterThan(0);
    await page.locator('[data-before-photo]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement?.id`)).toBe(photoId);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('label.photo-pick')).outlineStyle`)).toBe('solid');
    await page.locator('#tab-history').click();
    await page.locator('.history-entry').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('draws the Gujarati deadline badge in Gujarati script with Noto Sans Gujarati', async () => {
    await openRecord(page, suite.server.url, recordId);
    const badge = page.locator('.record-header .deadline .badge').first();
    await badge.waitFor();
    const text = (await badge.textContent()) ?? '';
    // Gujarati letters (U+0A80–U+0AFF), no Devanagari (U+0900–U+097F).
    expect(text).toMatch(/[\u0A80-\u0AFF]/);
    expect(text).not.toMatch(/[\u0900-\u097F]/);
    const family = (await page.evaluate(`getComputedStyle(document.querySelector('.record-header .deadline .badge')).fontFamily`)) as string;
    expect(family.split(',')[0]!.replace(/["']/g, '').trim()).toBe('Noto Sans Gujarati');
    // The font is loaded (self-hosted) and covers the text, so the browser does not fall back to another script's font.
    await page.evaluate(`document.fonts.ready`);
    expect(await page.evaluate(`document.fonts.check('16px "Noto Sans Gujarati"', ${JSON.stringify(text)})`)).toBe(true);
    const faces = (await page.evaluate(`[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''))`)) as string[];
    expect(faces).toContain('Noto Sans Gujarati');
    await badge.screenshot({ path: 'test-results/screenshots/deadline-badge-gu.png' });
    expect(suite.errors).toEqual([]);
  });
});
