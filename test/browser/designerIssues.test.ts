// The designer's issues in the admin's language: a Gujarat admin working in Gujarati clears a Gujarati translation, and
// the engine's issue is listed in Gujarati with its file and pointer, the command line's English in its tooltip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture';
import { stateText } from './app';
import { browserSuite } from './browser';

type Messages = Record<string, unknown>;
/** A designer catalog of a language flattened to dotted keys. */
function catalog(module: string, lang: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') flat[prefix] = value;
    else for (const [k, v] of Object.entries(value as Messages)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(JSON.parse(readFileSync(`${repoRoot}designer/src/${module}/i18n/${lang}.json`, 'utf8')), '');
  return flat;
}

const suite = browserSuite();

describe('designer issues', () => {
  it('in Gujarati, a missing Gujarati translation is listed in Gujarati with its file and pointer, English in the tooltip', async () => {
    const key = 'stage.intake';
    const gu = catalog('issues', 'gu');
    const page = await suite.page();
    await page.addInitScript("localStorage.setItem('suraksha.designer.language', 'gu')");
    await page.goto(`${suite.server.url}/designer/`);
    await page.locator('#username').fill('gj.stateadmin');
    await page.locator('#password').fill('Demo-GJ-2026!');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/\/designer\/GJ\/forms$/);
    // The forms tab loads (its JSON view parses with the engine's JSON module, not the whole engine).
    await page.locator('.forms-list').waitFor();
    await page.locator('.issues-panel .spinner').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('[data-testid="issue-count"]', { hasText: /^0$/ }).waitFor();

    await page.locator('#tab-translations').click();
    await page.locator('#translations-search').fill(key);
    const cell = page.locator(`tr[data-key="${key}"] td[data-lang="gu"] textarea`);
    await expect(cell.inputValue()).resolves.toBe(stateText('gujarat', 'gu')[key]);
    await cell.fill('');
    await page.locator('.save-status[data-save="saved"]').waitFor({ timeout: 30_000 });
    await page.locator('.issues-panel .spinner').waitFor({ state: 'detached', timeout: 30_000 });

    const item = page.locator('.issues-panel li', { has: page.locator('[data-issue-key="translations.missingKey"]') }).first();
    await item.waitFor({ timeout: 30_000 });
    const where = await item.locator('.where').innerText();
    expect(where).toBe('form-definitions/gujarat/i18n/gu.json /messages');
    const message = item.locator('.issue-message');
    const shown = await message.innerText();
    const english = (await message.getAttribute('title'))!;
    // The tooltip is the command line's text; the list shows the Gujarati template with the same key, language and place.
    const usedAt = /^missing translation "stage\.intake" in gu \(used at (.+)\)$/.exec(english)?.[1];
    expect(usedAt, english).toMatch(/^workflows\/gujarat\/[a-zA-Z]+\.json:\/machine\/states\/intake\/meta\/label$/);
    expect(shown).toBe(gu['issue.translations.missingKey']!.replace('{{lang}}', 'gu').replace('{{key}}', key).replace('{{usedAt}}', usedAt!));
    expect(shown).not.toMatch(/missing|translation|used at/);
    await page.screenshot({ path: 'test-results/screenshots/designer-issue-gu.png' });

    // No English words of any issue template are left in the panel (names, files and pointers aside).
    const panel = await page.locator('.issues-panel ol').innerText();
    const englishWords = panel.replace(/"[^"]*"|\S*[/.:]\S*/g, ' ').match(/\b[a-z]{3,}\b/g) ?? [];
    expect(englishWords).toEqual([]);
    expect(suite.errors).toEqual([]);
  });
});
