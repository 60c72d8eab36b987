// The record page in every language of every state, at 360 px and 1280 px: screenshots under test-results/screenshots,
// no sideways scrolling on a phone, right-to-left Urdu, local digits; and the gzip size of the JavaScript it loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoClient } from '../runtime/harness';
import { demoUsers } from '../../runtime/src/demo/seedDemo';
import { webDistDir } from '../../runtime/src/http/serveApp';
import { repoRoot } from '../support/fixture';
import { openRecord } from './app';
import { browserSuite, signIn } from './browser';

const outDir = join(repoRoot, 'test-results', 'screenshots');
const children: Record<string, string> = { GJ: 'સુનિતા', JH: 'सुनीता', WB: 'সুনীতা' };

const suite = browserSuite();

describe('record page in every language', () => {
  for (const state of ['GJ', 'JH', 'WB']) {
    it(`${state}: every language at 360 px and 1280 px`, async () => {
      const deployment = suite.server.runtime.services.states.get(state)!;
      const police = demoUsers(deployment).find((u) => u.roles.includes('police') && u.district)!;
      const api = await demoClient(suite.server, police.username);
      const created = await api.json('POST', '/api/records', { recordType: 'cncp', district: police.district, office: police.office, form: { data: { child: { name: children[state] } }, mode: 'draft' } });
      expect(created.status).toBe(201);
      const id = created.body.record.id as string;
      const context = await suite.context(1280, 900);
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('response', (r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
      await signIn(page, suite.server.url, police.username);
      for (const lang of deployment.manifest.languages) {
        await page.setViewportSize({ width: 1280, height: 900 });
        if ((await page.locator('html').getAttribute('lang')) !== lang) {
          await page.locator('#language').selectOption(lang);
          await page.locator(`html[lang="${lang}"]`).waitFor();
        }
        await openRecord(page, suite.server.url, id);
        await page.locator('.record-header .child-name', { hasText: children[state]! }).waitFor();
        await page.locator('.form-editor').waitFor();
        await page.evaluate('document.fonts.ready');
        expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ur' ? 'rtl' : 'ltr');
        if (lang === 'bn') expect(await page.locator('.record-facts').textContent()).toMatch(/[০-৯]/);
        await page.screenshot({ path: join(outDir, `record-${state}-${lang}-1280.png`) });
        await page.setViewportSize({ width: 360, height: 780 });
        await page.screenshot({ path: join(outDir, `record-${state}-${lang}-360.png`) });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      }
      await context.close();
      if (state === 'GJ') reportScripts(scripts);
    });
  }
});

/** Gzip size of the JavaScript the record page loaded (the target is at most 250 kB), written to test-results. */
function reportScripts(paths: Set<string>) {
  const files = [...paths].map((path) => {
    const body = readFileSync(join(webDistDir, path));
    return { path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  writeFileSync(join(repoRoot, 'test-results', 'record-page-js.json'), JSON.stringify({ gzipBytes: gzip, files }, null, 2));
  console.log(`record page JavaScript: ${(gzip / 1024).toFixed(1)} kB gzip in ${files.length} files`);
  expect(files.length).toBeGreaterThan(0);
  expect(gzip).toBeLessThanOrEqual(250 * 1024);
}
