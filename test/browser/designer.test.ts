// The designer in a real browser: a national admin creates Bihar with the wizard and a police user for it, who files a
// record in the caseworker app at once; a Gujarat state admin clears a Gujarati translation, publishing is refused,
// filling it makes publishing succeed with a new version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/fixture';
import { appText, fillFields, stateText } from './app';
import { browserSuite, signIn } from './browser';

type Messages = Record<string, unknown>;
/** The designer's interface texts of a language, all modules merged, flattened to dotted keys. */
function designerText(lang: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') flat[prefix] = value;
    else for (const [k, v] of Object.entries(value as Messages)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  for (const module of ['shell', 'translations', 'versions', 'users', 'wizard', 'roles', 'issues']) walk(JSON.parse(readFileSync(`${repoRoot}designer/src/${module}/i18n/${lang}.json`, 'utf8')), '');
  return flat;
}

const en = designerText('en');
const suite = browserSuite();

/** Signs in to the designer (English interface) and waits for the first screen after sign-in. */
async function designerSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.addInitScript("localStorage.setItem('suraksha.designer.language', 'en')");
  await page.goto(`${suite.server.url}/designer/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('.app-header').waitFor();
}

/** Waits until the draft is saved and the live validation is done. */
async function settled(page: Page): Promise<void> {
  await page.locator('.save-status[data-save="saved"]').waitFor({ timeout: 30_000 });
  await page.locator('.issues-panel .spinner').waitFor({ state: 'detached', timeout: 30_000 });
}

describe('designer', () => {
  it('a national admin creates Bihar with the wizard and a police user, who files a record at once', async () => {
    const admin = await suite.page();
    await designerSignIn(admin, 'national.admin', 'Demo-IN-2026!');
    await admin.locator('.state-list [data-state="GJ"]').waitFor();
    await admin.getByRole('button', { name: en['shell.states.new'] }).click();

    // The wizard: code, names in Hindi and English, pasted districts, the blank template, the first state admin.
    await admin.locator('#wizard-code').fill('GJ');
    await admin.locator('#wizard-name-en').fill('Bihar');
    expect(await admin.locator('#wizard-slug').inputValue()).toBe('bihar');
    await admin.locator('#wizard-name-hi').fill('बिहार');
    await admin.locator('#wizard-districts').fill('Patna\nGaya\nMuzaffarpur\nBhagalpur\n');
    await admin.locator('#wizard-districts-hint', { hasText: '4' }).waitFor();
    await admin.locator('input[name="template"][value="blank"]').check();
    await admin.locator('#wizard-admin-username').fill('br.stateadmin');
    await admin.locator('#wizard-admin-name').fill('Bihar state admin');
    await admin.locator('#wizard-admin-password').fill('Demo-BR-2026!');
    await admin.screenshot({ path: 'test-results/screenshots/designer-wizard.png', fullPage: true });
    // A code in use is refused by the server (422) and its issue shown; nothing is created.
    await admin.getByRole('button', { name: en['wizard.create'] }).click();
    await admin.locator('[data-testid="wizard-issues"]', { hasText: 'already used' }).waitFor();
    await admin.locator('#wizard-code').fill('BR');
    await admin.getByRole('button', { name: en['wizard.create'] }).click();
    await admin.waitForURL(/\/designer\/BR\/forms$/, { timeout: 60_000 });
    await admin.locator('.workspace-bar h1', { hasText: 'BR' }).waitFor();
    await settled(admin);
    expect(await admin.locator('[data-testid="issue-count"]').textContent()).toBe('0');

    // The users page of the new state: a police officer of Patna, at the Patna police station, in Hindi.
    await admin.getByRole('tab', { name: en['shell.tabs.users'] }).click();
    await admin.locator('#user-username').fill('br.police.patna');
    await admin.locator('#user-name').fill('Ravi Kumar');
    await admin.locator('#user-password').fill('Patna-Thana-2026');
    const patna = await admin.locator('#user-district option', { hasText: 'Patna' }).getAttribute('value');
    await admin.locator('#user-district').selectOption(patna!);
    const station = await admin.locator('#user-office option', { hasText: '-PS-' }).first().getAttribute('value');
    await admin.locator('#user-office').selectOption(station!);
    await admin.locator('#user-language').selectOption('hi');
    await admin.locator('fieldset input[type=checkbox][value="police"]').check();
    await admin.getByRole('button', { name: en['users.create'] }).click();
    await admin.locator('[data-testid="user-message"].ok').waitFor();
    await admin.locator('.users-table tr[data-username="br.police.patna"]').waitFor();
    await admin.screenshot({ path: 'test-results/screenshots/designer-users-bihar.png' });

    // The new police user signs in to the caseworker app and files a found-child report: no restart, no code.
    const police = await suite.page();
    await police.goto(`${suite.server.url}/`);
    await police.locator('#username').fill('br.police.patna');
    await police.locator('#password').fill('Patna-Thana-2026');
    await police.locator('form button[type=submit]').click();
    await police.locator('.app-header').waitFor();
    await expect(police.locator('html').getAttribute('lang')).resolves.toBe('hi');
    await police.locator('.main-nav a[href="/records/new"]').click();
    await police.locator('#create-type').waitFor();
    await fillFields(police, 'foundReport', { 'found.date': '2026-03-01', 'found.place': 'पटना जंक्शन, प्लेटफॉर्म 2', 'child.sex': { radio: 1 }, 'child.approxAge': 9, 'child.name': 'सीमा' });
    await police.getByRole('button', { name: appText('hi')['create.submitComplete'] }).click();
    await police.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    await police.locator('.record-header .stage-pill', { hasText: 'सूचित' }).waitFor();
    expect(suite.errorsExcept('Failed to load resource')).toEqual([]);
  });

  it('a Gujarat admin clears a Gujarati translation: counted missing, publishing refused; filled, it publishes a new version', async () => {
    const key = 'stage.intake';
    const original = stateText('gujarat', 'gu')[key]!;
    // The state admin signs in to the caseworker app and follows its Designer link (the session is shared); a state
    // admin has one state, so the designer opens it.
    const page = await suite.page();
    await page.addInitScript("localStorage.setItem('suraksha.designer.language', 'en')");
    await signIn(page, suite.server.url, 'gj.stateadmin');
    await page.locator('.main-nav a[href="/designer/"]', { hasText: appText('gu')['nav.designer']! }).click();
    await page.waitForURL(/\/designer\/GJ\/forms$/);
    await settled(page);
    await page.getByRole('tab', { name: en['shell.tabs.translations'] }).click();
    const missingGu = page.locator('[data-missing-lang="gu"]');
    const before = Number(await missingGu.textContent());

    await page.locator('#translations-search').fill(key);
    const cell = page.locator(`tr[data-key="${key}"] td[data-lang="gu"] textarea`);
    await expect(cell.inputValue()).resolves.toBe(original);
    await cell.fill('');
    await page.locator('[data-missing-lang="gu"]', { hasText: String(before + 1) }).waitFor();
    await expect(page.locator(`tr[data-key="${key}"] td[data-lang="gu"]`).getAttribute('class')).resolves.toBe('missing');
    await page.locator('#translations-search').fill('');
    await page.getByLabel(en['translations.onlyMissing']!).check();
    await page.locator(`tr[data-key="${key}"]`).waitFor();
    await settled(page);
    // The engine reports the missing translation (same message as the command line).
    await page.locator('.issues-panel li', { hasText: `missing translation "${key}" in gu` }).first().waitFor();
    await page.screenshot({ path: 'test-results/screenshots/designer-translations-missing.png' });

    await page.getByRole('tab', { name: en['shell.tabs.publish'] }).click();
    await page.locator('#publish-note').fill('Gujarati wording of the intake stage');
    await page.locator('[data-testid="publish-blocked"]').waitFor();
    await expect(page.locator('#publish').isDisabled()).resolves.toBe(true);
    // The server refuses it too: a 422 listing the missing translation.
    const refused = await page.evaluate(async () => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const draft = (await (await fetch('/api/admin/states/GJ/draft')).json()) as { revision: number };
      const response = await fetch('/api/admin/states/GJ/publish', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify({ revision: draft.revision, note: 'try' }) });
      return { status: response.status, body: (await response.json()) as { issues?: { message: string }[] } };
    });
    expect(refused.status).toBe(422);
    expect(refused.body.issues?.some((i) => i.message.includes(`missing translation "${key}" in gu`))).toBe(true);
    const versionsBefore = await page.locator('.versions-table tbody tr').count();
    const newest = Number(await page.locator('.versions-table tbody tr').first().getAttribute('data-version'));

    // Fill it again: no issues, publishing succeeds and a new version is listed first.
    await page.getByRole('tab', { name: en['shell.tabs.translations'] }).click();
    await page.locator('#translations-search').fill(key);
    await page.locator(`tr[data-key="${key}"] td[data-lang="gu"] textarea`).fill(`${original} (સુધારેલું)`);
    await page.locator('[data-missing-lang="gu"]', { hasText: String(before) }).waitFor();
    await settled(page);
    await page.locator('[data-testid="issue-count"]', { hasText: /^0$/ }).waitFor();
    await page.getByRole('tab', { name: en['shell.tabs.publish'] }).click();
    await page.locator('#publish-note').fill('Gujarati wording of the intake stage');
    await page.locator('.diff code', { hasText: 'form-definitions/gujarat/i18n/gu.json' }).waitFor();
    await page.locator('#publish:not([disabled])').click();
    await page.locator('[data-testid="publish-message"].ok').waitFor();
    await page.locator(`.versions-table tbody tr[data-version="${newest + 1}"]`).waitFor();
    expect(await page.locator('.versions-table tbody tr').count()).toBe(versionsBefore + 1);
    await expect(page.locator('.versions-table tbody tr').first().textContent()).resolves.toContain('Gujarati wording of the intake stage');
    await page.screenshot({ path: 'test-results/screenshots/designer-published.png' });

    // Roll back to the version before: a new version with the old files (history is never rewritten).
    await page.locator(`.versions-table tbody tr[data-version="${newest}"] button`, { hasText: en['versions.rollback'] }).click();
    await page.locator('#rollback-note').fill('Back to the repository wording');
    await page.getByRole('button', { name: en['versions.rollbackConfirm'] }).click();
    await page.locator(`.versions-table tbody tr[data-version="${newest + 2}"]`, { hasText: en['versions.sources.rollback'] }).waitFor();
    const rolledBack = await page.evaluate(async () => (await (await fetch('/api/client-config')).json()) as { messages: Record<string, string> });
    expect(rolledBack.messages[key]).toBe(original);
    // And forward again by rolling back to the published fix.
    await page.locator(`.versions-table tbody tr[data-version="${newest + 1}"] button`, { hasText: en['versions.rollback'] }).click();
    await page.locator('#rollback-note').fill('The fixed wording again');
    await page.getByRole('button', { name: en['versions.rollbackConfirm'] }).click();
    await page.locator(`.versions-table tbody tr[data-version="${newest + 3}"]`).waitFor();

    // The caseworker app shows the new text at once.
    const police = await suite.page();
    await police.goto(`${suite.server.url}/`);
    await police.locator('#username').fill('gj.police.ahm');
    await police.locator('#password').fill('Demo-GJ-2026!');
    await police.locator('form button[type=submit]').click();
    await police.locator('.app-header').waitFor();
    const config = await police.evaluate(async () => (await (await fetch('/api/client-config')).json()) as { messages: Record<string, string> });
    expect(config.messages[key]).toBe(`${original} (સુધારેલું)`);
    expect(suite.errorsExcept('Failed to load resource')).toEqual([]);
  });

  it('undo and redo by keyboard, offline edits kept and saved later, and a conflicting save offers the other version', async () => {
    const key = 'state.name';
    const cellOf = (page: Page) => page.locator(`tr[data-key="${key}"] td[data-lang="en"] textarea`);
    const openGrid = async (page: Page) => {
      await designerSignIn(page, 'jh.stateadmin', 'Demo-JH-2026!');
      await page.waitForURL(/\/designer\/JH\/forms$/);
      await page.getByRole('tab', { name: en['shell.tabs.translations'] }).click();
      await page.locator('#translations-search').fill(key);
      await expect(cellOf(page).inputValue()).resolves.toBe('Jharkhand');
    };
    const first = await suite.page();
    const second = await suite.page();
    await openGrid(first);
    await openGrid(second);

    // Undo and redo: Ctrl+Z and Ctrl+Shift+Z, the buttons name the edit.
    await cellOf(first).fill('Jharkhand State');
    await settled(first);
    await first.locator('body').click();
    await first.keyboard.press('Control+z');
    await expect(cellOf(first).inputValue()).resolves.toBe('Jharkhand');
    await expect(first.getByRole('button', { name: en['shell.redo'] }).getAttribute('title')).resolves.toContain(key);
    await first.keyboard.press('Control+Shift+z');
    await expect(cellOf(first).inputValue()).resolves.toBe('Jharkhand State');
    await settled(first);

    // Offline: the edit is kept in the browser, the status says so, and it is saved once the server is reachable.
    await first.context().setOffline(true);
    await cellOf(first).fill('Jharkhand State (offline edit)');
    await first.locator('.save-status[data-save="offline"]').waitFor({ timeout: 20_000 });
    expect(await first.evaluate<string | null>("localStorage.getItem('suraksha.designer.draft.JH')")).toContain('offline edit');
    await first.context().setOffline(false);
    await settled(first);
    expect(await first.evaluate<string | null>("localStorage.getItem('suraksha.designer.draft.JH')")).toBeNull();

    // The second page still has the revision it opened: its save is refused, it says so and offers their version.
    await cellOf(second).fill('Jharkhand (second tab)');
    await second.locator('[data-banner="conflict"]').waitFor({ timeout: 20_000 });
    await second.getByRole('button', { name: en['shell.draft.reloadTheirs'] }).click();
    await second.locator('#translations-search').fill(key);
    await expect(cellOf(second).inputValue()).resolves.toBe('Jharkhand State (offline edit)');
    // Its own edit is not lost: kept in the browser and offered back.
    await second.locator('[data-banner="local-copy"]').waitFor();
    await second.getByRole('button', { name: en['shell.draft.restore'] }).click();
    await expect(cellOf(second).inputValue()).resolves.toBe('Jharkhand (second tab)');
    await settled(second);
    expect(suite.errorsExcept('Failed to load resource', 'ERR_INTERNET_DISCONNECTED')).toEqual([]);
  });

  it('the roles matrix edits roles.json in the draft, keeps the rules it cannot show, and an issue leads to its tab', async () => {
    const page = await suite.page();
    await designerSignIn(page, 'wb.stateadmin', 'Demo-WB-2026!');
    await page.waitForURL(/\/designer\/WB\/forms$/);
    await settled(page);
    await page.getByRole('tab', { name: en['shell.tabs.roles'] }).click();
    await page.locator('#roles-type').selectOption('cncp');
    await expect(page.locator('#cell-police-assign').inputValue()).resolves.toBe('none');
    await expect(page.locator('#cell-police-create').inputValue()).resolves.toBe('district');
    await page.locator('#cell-police-assign').selectOption('district');
    await page.locator('#event-ORDER_SIR-police').selectOption('office');
    await page.locator('tr[data-role="police"] td', { hasText: en['roles.plusAdvanced'] }).first().waitFor();
    await settled(page);
    await page.screenshot({ path: 'test-results/screenshots/designer-roles.png', fullPage: false });
    const draft = await page.evaluate(async () => (await (await fetch('/api/admin/states/WB/draft')).json()) as { files: Record<string, { roles: Record<string, { rules: Record<string, unknown>[] }> }> });
    const police = draft.files['workflows/west-bengal/roles.json']!.roles.police!.rules;
    expect(police).toContainEqual({ action: 'assign', subject: 'record', conditions: { district: '${user.district}', recordType: 'cncp' } });
    expect(police).toContainEqual({ action: 'fire', subject: 'record', fields: ['ORDER_SIR'], conditions: { office: '${user.office}', recordType: 'cncp' } });
    // The rules it cannot show are all still there (field-limited reads, cannot rules).
    const original = JSON.parse(readFileSync(`${repoRoot}workflows/west-bengal/roles.json`, 'utf8')) as { roles: { police: { rules: unknown[] } } };
    for (const rule of original.roles.police.rules) expect(police).toContainEqual(rule);
    expect(await page.locator('[data-testid="issue-count"]').textContent()).toBe('0');

    // An issue: clear a Bengali text, then follow the issue from another tab: the translations grid shows that key.
    await page.getByRole('tab', { name: en['shell.tabs.translations'] }).click();
    await page.locator('#translations-search').fill('state.name');
    await page.locator('tr[data-key="state.name"] td[data-lang="bn"] textarea').fill('');
    await settled(page);
    await page.getByRole('tab', { name: en['shell.tabs.roles'] }).click();
    await page.locator('.issues-panel li button', { hasText: 'missing translation "state.name" in bn' }).click();
    await page.waitForURL(/\/designer\/WB\/translations$/);
    await expect(page.locator('#translations-search').inputValue()).resolves.toBe('state.name');
    await expect(page.getByRole('tab', { name: en['shell.tabs.translations'] }).getAttribute('aria-selected')).resolves.toBe('true');

    // CSV: the export is UTF-8 with a BOM; an import fills the cell and reports the unknown language and the bad row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en['translations.export'] }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.startsWith('\uFEFFkey,bn,en,ne\r\n')).toBe(true);
    expect(exported).toContain('\r\nstate.name,,West Bengal,');
    await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles({ name: 'bn.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFkey,bn,xx\r\nstate.name,"পশ্চিমবঙ্গ",zz\r\nbroken\r\n', 'utf8') });
    const report = page.locator('[data-testid="import-report"]');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('xx');
    await expect(report.textContent()).resolves.toContain('3');
    await expect(page.locator('tr[data-key="state.name"] td[data-lang="bn"] textarea').inputValue()).resolves.toBe('পশ্চিমবঙ্গ');
    await settled(page);
    await page.locator('[data-testid="issue-count"]', { hasText: /^0$/ }).waitFor();

    // Export the published bundle and import it into the draft: the draft is the published version again.
    await page.getByRole('tab', { name: en['shell.tabs.publish'] }).click();
    await page.locator('.diff code', { hasText: 'workflows/west-bengal/roles.json' }).waitFor();
    const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: en['versions.exportPublished'] }).click()]);
    const bundle = JSON.parse(readFileSync((await bundleDownload.path())!, 'utf8')) as { format: string; code: string; files: Record<string, unknown> };
    expect(bundle).toMatchObject({ format: 'suraksha-config', code: 'WB' });
    await page.locator('input[type=file][accept=".json,application/json"]').setInputFiles({ name: 'west-bengal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
    await page.locator('[data-testid="publish-message"].ok').waitFor();
    await settled(page);
    await page.locator('.card', { hasText: en['versions.changes'] }).locator('p.note', { hasText: en['versions.noChanges'] }).waitFor();
    await page.getByRole('tab', { name: en['shell.tabs.roles'] }).click();
    await page.locator('#roles-type').selectOption('cncp');
    await expect(page.locator('#cell-police-assign').inputValue()).resolves.toBe('none');
    expect(suite.errorsExcept('Failed to load resource', 'ERR_INTERNET_DISCONNECTED')).toEqual([]);
  });

  it('in Gujarati, no English interface text is left on any tab', async () => {
    const gu = designerText('gu');
    // English texts of the interface that differ in Gujarati, as whole words (placeholders dropped).
    const english = Object.entries(en)
      .filter(([key, text]) => gu[key] !== text && !/\{\{/.test(text) && text.length >= 4)
      .map(([, text]) => text);
    const page = await suite.page();
    await page.addInitScript("localStorage.setItem('suraksha.designer.language', 'gu')");
    await page.goto(`${suite.server.url}/designer/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('gu');
    const leftovers = async (where: string) => {
      const text = await page.locator('body').innerText();
      return english.filter((e) => new RegExp(`(^|[^A-Za-z])${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text)).map((e) => `${where}: ${e}`);
    };
    const found = await leftovers('login');
    await page.locator('#username').fill('gj.stateadmin');
    await page.locator('#password').fill('Demo-GJ-2026!');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/\/designer\/GJ\/forms$/);
    await settled(page);
    for (const tab of ['roles', 'translations', 'publish', 'users'] as const) {
      await page.locator(`#tab-${tab}`).click();
      await page.locator(`#tab-${tab}[aria-selected="true"]`).waitFor();
      if (tab === 'translations') await page.getByLabel(gu['translations.onlyMissing']!).check();
      if (tab === 'publish') await page.locator('.versions-table tbody tr').first().waitFor();
      if (tab === 'users') await page.locator('.users-table tbody tr').first().waitFor();
      found.push(...(await leftovers(tab)));
    }
    await page.screenshot({ path: 'test-results/screenshots/designer-users-gu.png' });
    expect(found).toEqual([]);
  });
});
