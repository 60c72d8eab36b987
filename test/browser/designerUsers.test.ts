// The designer's users page in a real browser, in Gujarati: a Gujarat state admin creates a user (a weak password is
// refused in Gujarati first), finds them with the filters, moves them to another district, deactivates them (their
// sign-in is then refused) and reactivates them; they cannot deactivate or demote themselves; the page has no English
// left, passes axe, and fits 360 px.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Client } from '../runtime/harness';
import { repoRoot } from '../support/fixture';
import { stateText } from './app';
import { axeViolations, browserSuite } from './browser';

/** The designer's interface texts of a language, all modules merged, flattened to dotted keys. */
function designerText(lang: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') flat[prefix] = value;
    else for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  for (const module of ['shell', 'users']) walk(JSON.parse(readFileSync(`${repoRoot}designer/src/${module}/i18n/${lang}.json`, 'utf8')), '');
  return flat;
}

const gu = designerText('gu');
const en = designerText('en');
const gj = stateText('gujarat', 'gu');

const suite = browserSuite();

describe('designer users page', () => {
  it('a Gujarat admin, in Gujarati, creates, moves, deactivates and reactivates a user', async () => {
    const page = await suite.page();
    await page.addInitScript("localStorage.setItem('suraksha.designer.language', 'gu')");
    await page.goto(`${suite.server.url}/designer/GJ/users`);
    await page.locator('#username').fill('gj.stateadmin');
    await page.locator('#password').fill('Demo-GJ-2026!');
    await page.locator('form button[type=submit]').click();
    await page.locator('#users-heading', { hasText: gu['users.title']! }).waitFor();
    await page.locator('.users-table tr[data-username="gj.police.ahm"]').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('gu');

    // A weak password: the server's refusal is shown at the field, in Gujarati.
    const username = 'meena.dcpu';
    await page.locator('#user-username').fill(username);
    await page.locator('#user-name').fill('મીના પટેલ');
    await page.locator('#user-password').fill('short-1');
    await page.locator('#user-district').selectOption('AHM');
    await page.locator('#user-office').selectOption('AHM-DCPU');
    await page.locator('.users-page fieldset input[type=checkbox][value="dcpo"]').check();
    await page.getByRole('button', { name: gu['users.create'] }).click();
    await page.locator('#user-password-error', { hasText: gu['users.errors.policy.tooShort']! }).waitFor();
    await page.locator('[data-testid="user-message"].error', { hasText: gu['users.errors.invalid']! }).waitFor();
    await expect(page.locator('#user-password').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('#user-password').fill('Ahmedabad-DCPU-2026');
    await page.getByRole('button', { name: gu['users.create'] }).click();
    await page.locator('[data-testid="user-message"].ok', { hasText: username }).waitFor();
    const row = page.locator(`.users-table tr[data-username="${username}"]`);
    await row.locator('td[data-district="AHM"]', { hasText: gj['district.AHM']! }).waitFor();
    const client = new Client(suite.server.url);
    expect((await client.login(username, 'Ahmedabad-DCPU-2026')).status).toBe(200);

    // The filters: a Gujarati name, then a district and role, find exactly this user; clearing shows everyone.
    const rows = page.locator('.users-table tbody tr');
    const everyone = await rows.count();
    await page.locator('#users-search').fill('મીના');
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('#users-search').fill('');
    await page.locator('#users-filter-district').selectOption('AHM');
    await page.locator('#users-filter-role').selectOption('dcpo');
    await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-username')))).toContain(username);
    expect(await rows.count()).toBeLessThan(everyone);
    await page.getByRole('button', { name: gu['users.clearFilters'] }).click();
    await expect.poll(() => rows.count()).toBe(everyone);

    // Move them to Surat: the office picker offers only Surat's offices.
    await row.getByRole('button', { name: gu['users.editUser']!.replace('{{username}}', username) }).click();
    const editor = page.locator(`.user-editor[data-user="${username}"]`);
    await editor.locator('h3:focus').waitFor();
    const district = editor.getByLabel(gu['users.district']!, { exact: true });
    const office = editor.getByLabel(gu['users.office']!, { exact: true });
    await district.selectOption('SUR');
    const offices = await office.locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? '').filter(Boolean));
    expect(offices.length).toBeGreaterThan(1);
    expect(offices.every((id) => id.startsWith('SUR-'))).toBe(true);
    await office.selectOption('SUR-DCPU');
    await editor.getByRole('button', { name: gu['users.save'] }).click();
    await page.locator('[data-testid="users-notice"]', { hasText: gu['users.saved']!.replace('{{username}}', username) }).waitFor();
    await row.locator('td[data-district="SUR"]', { hasText: gj['district.SUR']! }).waitFor();
    const stored = await suite.server.runtime.services.models.users.findOne({ username }).lean();
    expect(stored).toMatchObject({ district: 'SUR', office: 'SUR-DCPU', active: true });
    await page.screenshot({ path: 'test-results/screenshots/designer-users-edit.png', fullPage: true });
    expect(await axeViolations(page, '.users-page')).toEqual([]);

    // Deactivate, by keyboard: the confirmation opens; Escape cancels and nothing changes.
    const toggle = editor.locator('[data-testid="toggle-active"]');
    await expect(toggle.textContent()).resolves.toBe(gu['users.deactivate']);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const dialog = editor.locator('dialog[open]');
    await dialog.getByText(gu['users.confirmDeactivate']!.replace('{{username}}', username)).waitFor();
    await dialog.getByRole('button', { name: gu['users.cancel'] }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await suite.server.runtime.services.models.users.findOne({ username }).lean())!.active).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: gu['users.yesDeactivate'] }).click();
    await page.locator('[data-testid="users-notice"]', { hasText: gu['users.deactivated']!.replace('{{username}}', username) }).waitFor();
    await page.locator(`.users-table tr[data-username="${username}"][data-active="false"]`, { hasText: gu['users.inactive']! }).waitFor();
    // Their session ended, and signing in is refused.
    expect((await client.json('GET', '/api/me')).status).toBe(401);
    expect((await new Client(suite.server.url).login(username, 'Ahmedabad-DCPU-2026')).status).toBe(401);

    // Reactivate: confirmed the same way; they can sign in again.
    await expect(toggle.textContent()).resolves.toBe(gu['users.reactivate']);
    await toggle.click();
    await dialog.getByText(gu['users.confirmReactivate']!.replace('{{username}}', username)).waitFor();
    await dialog.getByRole('button', { name: gu['users.yesReactivate'] }).click();
    await page.locator('[data-testid="users-notice"]', { hasText: gu['users.reactivated']!.replace('{{username}}', username) }).waitFor();
    await page.locator(`.users-table tr[data-username="${username}"][data-active="true"]`).waitFor();
    expect((await new Client(suite.server.url).login(username, 'Ahmedabad-DCPU-2026')).status).toBe(200);

    // The admin's own row: deactivating themselves is not offered.
    await page.locator('.users-table tr[data-username="gj.stateadmin"] button').click();
    const own = page.locator('.user-editor[data-user="gj.stateadmin"]');
    await own.getByText(gu['users.selfNote']!).waitFor();
    await expect(own.locator('[data-testid="toggle-active"]').isDisabled()).resolves.toBe(true);
    // Nor dropping their own admin role: the server refuses, and the refusal is shown at the roles, in Gujarati.
    await own.locator('fieldset input[type=checkbox][value="stateAdmin"]').uncheck();
    await own.locator('fieldset input[type=checkbox][value="police"]').check();
    await own.getByRole('button', { name: gu['users.save'] }).click();
    await own.locator('fieldset .field-error', { hasText: gu['users.errors.ownAdmin']! }).waitFor();
    await own.locator('[data-testid="edit-refusal"]', { hasText: gu['users.errors.invalid']! }).waitFor();
    expect((await suite.server.runtime.services.models.users.findOne({ username: 'gj.stateadmin' }).lean())!.roles).toEqual(['stateAdmin']);

    // No English left on the page: none of the users page's English texts (as whole words) that Gujarati words differently.
    const shown = await page.locator('.users-page').innerText();
    const english = Object.entries(en).filter(([key, text]) => key.startsWith('users.') && !text.includes('{{') && text !== gu[key] && text.length > 3);
    expect(english.filter(([, text]) => new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(shown)).map(([key]) => key)).toEqual([]);
    const audit = await suite.server.runtime.services.models.audit.find({ action: { $in: ['user.create', 'user.update'] }, target: stored!._id }).lean();
    expect(audit.map((a) => a.action).sort()).toEqual(['user.create', 'user.update', 'user.update', 'user.update']);

    // At 360 px: nothing wider than the screen; the list becomes cards and the editor still works.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('.users-table tr[data-username="gj.stateadmin"]').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await row.getByRole('button', { name: gu['users.editUser']!.replace('{{username}}', username) }).click();
    await editor.locator('h3:focus').waitFor();
    const box = (await editor.getByRole('button', { name: gu['users.save'] }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/screenshots/designer-users-360.png' });
    expect(suite.errorsExcept('Failed to load resource')).toEqual([]);
  });
});
