// The form designer in a real browser: a Gujarat state admin adds a required field with a Gujarati label and a show
// rule to the found-child report, previews it, and publishes; a police officer then registers a found child and meets
// the field only when the rule holds, with the Gujarati required message; a record made before the publish keeps its
// version: it opens without the new field and can still be saved complete.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoClient } from '../runtime/harness';
import { appText, fieldSelector, fillFields, openRecord, saveForm, stateText } from './app';
import { axeViolations, browserSuite, signIn } from './browser';

const gu = appText('gu');
const gj = stateText('gujarat', 'gu');
const newLabel = { gu: 'પ્લેટફોર્મ નંબર', hi: 'प्लेटफ़ॉर्म संख्या', en: 'Platform number' };
const newField = fieldSelector('foundReport', 'found.platform');

/** Serious and critical axe violations inside the form designer's panel (its labels and buttons checked and passed). */
const violations = (page: Page) => axeViolations(page, '#tab-panel', ['label', 'button-name']);

const suite = browserSuite();

describe('form designer', () => {
  it('adds a required field with a Gujarati label and a show rule, publishes it, and records follow their version', async () => {
    // A found-child report registered before the change (as a draft, to be completed later).
    const police = await demoClient(suite.server, 'gj.police.ahm');
    const before = await police.json('POST', '/api/records', { recordType: 'foundChild', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: { child: { name: 'રાજુ' }, found: { date: '2026-03-01' } }, mode: 'draft' } });
    expect(before.status, JSON.stringify(before.body)).toBe(201);
    const oldId = before.body.record.id as string;

    // The state admin opens the designer on the found-child report.
    const admin = await suite.page();
    await admin.goto(`${suite.server.url}/designer/GJ/forms`);
    await admin.locator('#username').fill('gj.stateadmin');
    await admin.locator('#password').fill('Demo-GJ-2026!');
    await admin.locator('form button[type=submit]').click();
    await admin.locator('.forms-list button[data-form="foundReport"]').waitFor();
    await admin.screenshot({ path: 'test-results/screenshots/form-designer-list.png' });
    await admin.locator('.forms-list button[data-form="foundReport"]').click();
    await admin.locator('.forms-tree button[data-path="found"]').waitFor();

    // Select the "found" section and add a short text from the palette (keyboard alternative to dragging).
    await admin.locator('.forms-tree button[data-path="found"]').click();
    await admin.locator('.forms-palette-item[data-kind="shortText"]').press('Enter');
    await admin.locator('.forms-tree button[data-path="found.shortText"]').waitFor();
    await admin.locator('#forms-prop-name').fill('platform');
    await admin.locator('#forms-prop-name').press('Enter');
    await admin.locator('.forms-tree button[data-path="found.platform"]').waitFor();
    for (const [lang, text] of Object.entries(newLabel)) {
      await admin.locator(`#forms-prop-label-${lang}`).fill(text);
      await admin.locator(`#forms-prop-label-${lang}`).press('Enter');
    }
    await admin.getByLabel('Required to complete the form').check();
    await admin.locator('.forms-tree button[data-path="found.platform"]', { hasText: newLabel.en }).waitFor();
    expect(await violations(admin)).toEqual([]);

    // Keyboard move: Alt+Up moves it above the last field of the section, Alt+Down back.
    const order = () => admin.locator('.forms-tree button[data-path^="found."]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
    const initial = await order();
    expect(initial.at(-1)).toBe('found.platform');
    await admin.locator('.forms-tree button[data-path="found.platform"]').press('Alt+ArrowUp');
    await expect.poll(order).toEqual([...initial.slice(0, -2), 'found.platform', initial.at(-2)]);
    await admin.locator('.forms-tree button[data-path="found.platform"]').press('Alt+ArrowDown');
    await expect.poll(order).toEqual(initial);

    // Drag and drop: a whole number from the palette into the child section, then on into the "found" section.
    await admin.evaluate('window.scrollTo(0, 0)');
    await admin.locator('.forms-palette-item[data-kind="integer"]').dragTo(admin.locator('.forms-tree button[data-path="child"]'));
    // (by hand, as the tree scrolls inside its box: both rows are brought into view first)
    await admin.locator('.forms-tree button[data-path="child.integer"]:focus').waitFor();
    await admin.locator('.forms-tree button[data-path="found"]').evaluate((row) => row.scrollIntoView({ block: 'center' }));
    const from = (await admin.locator('.forms-tree button[data-path="child.integer"]').boundingBox())!;
    await admin.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await admin.mouse.down();
    const to = (await admin.locator('.forms-tree button[data-path="found"]').boundingBox())!;
    await admin.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await admin.mouse.up();
    await admin.locator('.forms-tree button[data-path="found.integer"]').waitFor();
    await admin.screenshot({ path: 'test-results/screenshots/form-designer-fields.png' });
    // The shell's undo takes back the move, then the addition.
    await admin.keyboard.press('Control+z');
    await admin.locator('.forms-tree button[data-path="child.integer"]').waitFor();
    await admin.keyboard.press('Control+z');
    await admin.locator('.forms-tree button[data-path="child.integer"]').waitFor({ state: 'detached' });
    await expect.poll(order).toEqual(initial);

    // The rule: show the field only when the child was found by railway police.
    await admin.locator('#forms-view-rules').click();
    await admin.getByRole('button', { name: 'New rule' }).click();
    const editor = admin.locator('.forms-rule-editor');
    await editor.locator('#forms-rule-id').fill('platformShown');
    await editor.locator('.forms-leaf select').first().selectOption('found.foundBy');
    await editor.locator('.forms-leaf select').nth(1).selectOption('equals');
    await editor.locator('.forms-leaf select').nth(2).selectOption({ label: stateText('gujarat', 'en')['foundReport.found.foundBy.railwayPolice']! });
    await editor.locator('.forms-rule-targets fieldset').first().locator('label', { has: admin.locator('code', { hasText: /^found\.platform$/ }) }).locator('input').check();
    await admin.screenshot({ path: 'test-results/screenshots/form-designer-rules.png' });
    expect(await violations(admin)).toEqual([]);
    await editor.getByRole('button', { name: 'Apply rule' }).click();
    await admin.locator('button[data-rule="platformShown"]').waitFor();

    // The JSON of the form holds exactly the engine's rule format, the field required while shown.
    await admin.locator('#forms-view-json').click();
    const json = JSON.parse(await admin.locator('#forms-json-text').inputValue()) as { rules: unknown[]; schema: { properties: { found: { required: string[]; properties: Record<string, unknown> } } } };
    expect(json.rules.at(-1)).toEqual({ id: 'platformShown', when: { field: 'found.foundBy', schema: { const: 'railwayPolice' } }, show: ['found.platform'], require: ['found.platform'] });
    expect(json.schema.properties.found.required).not.toContain('platform');
    expect(json.schema.properties.found.properties.platform).toEqual({ type: 'string', maxLength: 200, title: 'foundReport.found.platform' });
    await admin.locator('.issues-panel .spinner').waitFor({ state: 'detached' });
    const issueCount = async () => (await admin.locator('[data-testid=issue-count]').textContent())?.trim();
    await expect.poll(issueCount, { timeout: 20_000 }).toBe('0');

    // The JSON view: a syntax error is placed by line and column and not applied; an applied mistake becomes an engine
    // issue, and clicking it selects the field; undo takes it back.
    const text = admin.locator('#forms-json-text');
    await text.fill('{\n  "id": "foundReport",\n  "version": 1,,\n}');
    await admin.locator('.forms-json [role=alert]', { hasText: 'Line 3, column' }).waitFor();
    expect(await admin.getByRole('button', { name: 'Apply', exact: true }).isDisabled()).toBe(true);
    (json.schema.properties.found.properties.platform as Record<string, unknown>).maxLength = -1;
    await text.fill(JSON.stringify(json, null, 2));
    await admin.getByRole('button', { name: 'Apply', exact: true }).click();
    const issue = admin.locator('.issues-panel li button', { hasText: '/schema/properties/found/properties/platform/maxLength' });
    await issue.waitFor({ timeout: 20_000 });
    await issue.click();
    await admin.locator('.forms-row.selected[data-path="found.platform"]').waitFor();
    expect(await admin.locator('#forms-prop-name').inputValue()).toBe('platform');
    await admin.keyboard.press('Control+z');
    await expect.poll(issueCount, { timeout: 20_000 }).toBe('0');

    // The live preview in Gujarati: the field appears when the rule holds.
    await admin.locator('#forms-view-preview').click();
    await admin.locator('#forms-preview-lang').selectOption('gu');
    const preview = admin.locator('.forms-preview-frame');
    await preview.locator(fieldSelector('foundReport', 'found.foundBy')).waitFor();
    expect(await preview.locator(newField).count()).toBe(0);
    await preview.locator(fieldSelector('foundReport', 'found.foundBy')).selectOption('railwayPolice');
    await preview.locator(newField).waitFor();
    expect(await preview.locator(`label[for="${newField.slice(1)}"]`).textContent()).toContain(newLabel.gu);
    await admin.screenshot({ path: 'test-results/screenshots/form-designer-preview.png' });
    // As a role that may read but not write the field (the DCPO), it is read-only.
    await admin.locator('#forms-preview-role').selectOption('dcpo');
    await preview.locator(`${newField}-label`, { hasText: newLabel.gu }).waitFor();
    expect(await preview.locator(`input${newField}`).count()).toBe(0);
    // Taking the DCPO's right to see it (the access table edits roles.json): absent; undone with Ctrl+Z.
    await admin.locator('#forms-view-fields').click();
    await admin.locator('.forms-tree button[data-path="found.platform"]').click();
    const seeByDcpo = admin.locator('.forms-access tr', { hasText: stateText('gujarat', 'en')['role.dcpo']! }).locator('input').first();
    await seeByDcpo.uncheck();
    await admin.locator('#forms-view-preview').click();
    await preview.locator(fieldSelector('foundReport', 'found.foundBy')).waitFor();
    await expect.poll(() => preview.locator(`${newField}-label`).count()).toBe(0);
    await admin.keyboard.press('Control+z');
    await preview.locator(`${newField}-label`, { hasText: newLabel.gu }).waitFor();

    // Publish through the shell's publish page once the draft is saved.
    await admin.locator('.save-status[data-save="saved"]').waitFor({ timeout: 20_000 });
    await admin.locator('#tab-publish').click();
    await admin.locator('#publish-note').fill('Platform number for railway finds');
    await admin.locator('#publish:not([disabled])').click();
    await admin.locator('[data-testid=publish-message].ok').waitFor({ timeout: 30_000 });

    // A police officer registers a new found child: the field shows only for railway police finds.
    const officer = await suite.page();
    await signIn(officer, suite.server.url, 'gj.police.ahm');
    await officer.goto(`${suite.server.url}/records/new?type=foundChild`);
    await officer.locator('#create-type').waitFor();
    await fillFields(officer, 'foundReport', { 'child.name': 'ગોપાલ', 'found.date': '2026-03-03', 'found.place': 'કાલુપુર રેલવે સ્ટેશન', 'found.foundBy': { select: 'police' } });
    expect(await officer.locator(newField).count()).toBe(0);
    await officer.locator(fieldSelector('foundReport', 'found.foundBy')).selectOption('railwayPolice');
    await officer.locator(newField).waitFor();
    expect(await officer.locator(`label[for="${newField.slice(1)}"]`).textContent()).toContain(newLabel.gu);
    // Marking it complete without the field: the Gujarati required message next to it.
    await officer.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await officer.locator(`${newField}-error`, { hasText: gj['validation.required'] }).waitFor();
    await officer.screenshot({ path: 'test-results/screenshots/form-designer-required.png', fullPage: true });
    await officer.locator(newField).fill('૪');
    await officer.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await officer.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    const newId = officer.url().split('/').pop()!;
    const created = (await police.json('GET', `/api/records/${newId}`)).body.record;
    expect(created.forms.foundReport).toMatchObject({ status: 'complete', data: { found: { platform: '૪', foundBy: 'railwayPolice' } } });

    // The record made before the publish keeps its version: no new field, and it can be saved complete.
    await openRecord(officer, suite.server.url, oldId);
    await officer.locator(fieldSelector('foundReport', 'found.place')).waitFor();
    await fillFields(officer, 'foundReport', { 'found.place': 'મણિનગર', 'found.foundBy': { select: 'railwayPolice' } });
    await officer.waitForTimeout(300);
    expect(await officer.locator(newField).count()).toBe(0);
    await saveForm(officer, 'complete');
    const old = (await police.json('GET', `/api/records/${oldId}`)).body.record;
    expect(old.forms.foundReport.status).toBe('complete');
    expect(old.forms.foundReport.data.found.platform).toBeUndefined();
    expect(old.configVersion).toBeLessThan(created.configVersion);

    // A new form: identifier and a title in each language; it opens empty in the editor and the draft stays valid.
    await admin.locator('#tab-forms').click();
    await admin.locator('#forms-new-id').fill('medicalCheck');
    for (const [lang, title] of Object.entries({ gu: 'તબીબી તપાસ', hi: 'चिकित्सा जाँच', en: 'Medical check' })) await admin.locator(`#forms-new-title-${lang}`).fill(title);
    await admin.locator('#forms-new-recordType').selectOption('foundChild');
    await admin.getByRole('button', { name: 'Create form' }).click();
    await admin.locator('#form-editor-heading', { hasText: 'Medical check' }).waitFor();
    await admin.locator('.forms-palette-item[data-kind="yesNo"]').click();
    await admin.locator('.forms-tree button[data-path="yesNo"]').waitFor();
    await expect.poll(issueCount, { timeout: 20_000 }).toBe('0');

    const unexpected = suite.errorsExcept(/40[13]|422/);
    expect(unexpected, unexpected.join('\n')).toEqual([]);
  });
});
