// Debian's chromium driven by playwright-core (never a downloaded browser), the setup every browser test file shares
// (browserSuite: server, chromium, contexts, page errors), and helpers to use the app like a person.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../runtime/harness';
import { repoRoot } from '../support/fixture';

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

/** What a browser test file shares: its server, its chromium, the pages' errors and the contexts to close at the end. */
export interface BrowserSuite {
  /** The runtime started for this file (on its own fresh database). */
  readonly server: TestServer;
  readonly browser: Browser;
  /** Uncaught errors and console errors of every page opened through the suite, as they happen. */
  readonly errors: string[];
  /** The errors but those containing one of the strings or matching one of the patterns. */
  errorsExcept(...ignored: (string | RegExp)[]): string[];
  /** A fresh context of that size, closed after the file's tests. */
  context(width?: number, height?: number): Promise<BrowserContext>;
  /** A page in a fresh context, its errors collected into `errors`. */
  page(width?: number, height?: number): Promise<Page>;
  /** Such a page, signed in as a demo user (username like "gj.police.ahm"). */
  signedIn(username: string, width?: number, height?: number): Promise<Page>;
}

/**
 * Registers the file's hooks: before its tests, makes test-results/screenshots and starts a test server and chromium
 * together; after them, closes the contexts opened through the suite, then chromium, then the server. Call it at the
 * top of a file: a `beforeAll` of the file registered after it runs once the server and chromium are up.
 */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(repoRoot, 'test-results', 'screenshots'), { recursive: true });
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use it inside a test or a hook)`);
    return value;
  };

  const suite: BrowserSuite = {
    get server() {
      return started(server, 'test server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    errors,
    errorsExcept: (...ignored) => errors.filter((e) => !ignored.some((i) => (typeof i === 'string' ? e.includes(i) : i.test(e)))),
    async context(width, height) {
      const context = await newContext(suite.browser, width, height);
      contexts.push(context);
      return context;
    },
    async page(width, height) {
      const page = await (await suite.context(width, height)).newPage();
      watchErrors(page, errors);
      return page;
    },
    async signedIn(username, width, height) {
      const page = await suite.page(width, height);
      await signIn(page, suite.server.url, username);
      return page;
    },
  };
  return suite;
}
