// Debian's chromium driven by playwright-core (never a downloaded browser), and helpers to use the app like a person.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Starts headless chromium from /usr/bin/chromium (installed by .ci/run), with no network of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A fresh browser context (own cookies and storage) of a given width. */
export async function newContext(browser: Browser, width = 1280, height = 900): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height }, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
}

/** Collects the page's uncaught errors and console errors into `errors` (a new list unless one is given), as they happen. */
export function watchErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The app asks for the session before sign-in; the browser logs that expected 401 as a console error.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Signs in through the login page as a demo user (username like "gj.police.ahm") and waits for the app. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  const state = username.split('.')[0]!.toUpperCase();
  await page.goto(baseUrl + '/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(`Demo-${state}-2026!`);
  await page.locator('form button[type=submit]').click();
  await page.locator('.app-header').waitFor();
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  passes: string[];
}

let axeSource: string | undefined;

/**
 * Serious and critical axe violations (WCAG 2.1 A and AA rules) of the page as it is now, inside the `include` selector
 * (the whole document without one), one line each (`id (impact): help — target: summary | …`). A rule of `mustPass`
 * that axe did not pass is listed too (`id (not passed)`), so a check that looked at nothing cannot pass.
 */
export async function axeViolations(page: Page, include?: string, mustPass: readonly string[] = []): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays as it is.
  await page.evaluate(axeSource);
  const context = include ? `{ include: [[${JSON.stringify(include)}]] }` : 'document';
  const result = (await page.evaluate(`axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }).then((r) => ({ violations: r.violations, passes: r.passes.map((p) => p.id) }))`)) as AxeResult;
  const found = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | ')}`);
  return [...found, ...mustPass.filter((id) => !result.passes.includes(id)).map((id) => `${id} (not passed)`)];
}
