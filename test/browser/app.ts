// Using the caseworker app like a person: open records, fill fields by their labels' ids, save, fire actions.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/fixture';

type Messages = Record<string, string>;

/** The app's own interface texts of a language (runtime/web/src/i18n). */
export function appText(lang: string): Messages {
  return JSON.parse(readFileSync(`${repoRoot}runtime/web/src/i18n/${lang}.json`, 'utf8')) as Messages;
}

/** A state's configuration texts of a language (form-definitions/<slug>/i18n). */
export function stateText(slug: string, lang: string): Messages {
  return (JSON.parse(readFileSync(`${repoRoot}form-definitions/${slug}/i18n/${lang}.json`, 'utf8')) as { messages: Messages }).messages;
}

/** The DOM id the app gives a form field (see runtime/web/src/forms/paths.ts fieldId). */
export function fieldSelector(formId: string, path: string): string {
  return `#f-${formId}-${path.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Fills form fields: strings and numbers typed, `{ select }` chosen, `{ radio: i }` / `{ check: [i…] }` clicked. */
export async function fillFields(page: Page, formId: string, fields: Record<string, string | number | { select: string } | { radio: number } | { check: number[] }>): Promise<void> {
  for (const [path, value] of Object.entries(fields)) {
    const selector = fieldSelector(formId, path);
    if (typeof value === 'object' && 'select' in value) await page.locator(selector).selectOption(value.select);
    else if (typeof value === 'object' && 'radio' in value) await page.locator(`${selector}-${value.radio}`).check();
    else if (typeof value === 'object' && 'check' in value) for (const i of value.check) await page.locator(`${selector}-${i}`).check();
    else await page.locator(selector).fill(String(value));
  }
}

/** Opens a form's tab on the record page and waits for its editor. */
export async function openFormTab(page: Page, formId: string): Promise<void> {
  await page.locator(`#tab-${formId}`).click();
  await page.locator(`#title-${formId}`).waitFor();
}

/** Clicks a save button of the form editor and waits for the outcome shown in the status line. */
export async function saveForm(page: Page, mode: 'draft' | 'complete', expect: string = mode === 'draft' ? 'saved' : 'savedComplete'): Promise<void> {
  await page.locator(`.form-editor .form-actions button.${mode === 'draft' ? 'secondary' : 'primary'}`).click();
  const outcome = page.locator(['saved', 'savedComplete', 'invalid', 'error', 'offline'].map((s) => `.form-editor [data-status="${s}"]`).join(', '));
  await outcome.waitFor({ state: 'attached', timeout: 20_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}\nstatus: ${await page.locator('.form-editor [data-status]').getAttribute('data-status').catch(() => 'none')}\npage: ${(await page.locator('main').textContent())?.slice(0, 600)}`);
  });
  const status = await outcome.getAttribute('data-status');
  if (status !== expect) throw new Error(`saving ended "${status}", not "${expect}": ${await page.locator('.form-editor .status-line, .error-summary').allTextContents()}`);
}

/** Fires an action: its button, then the confirmation dialog, then waits until the stage shows `stageLabel`. */
export async function fireAction(page: Page, event: string, stageLabel: string): Promise<void> {
  await page.locator(`button[data-event="${event}"]`).click();
  const dialog = page.locator('dialog.dialog[open]');
  await dialog.waitFor();
  await dialog.locator('button.primary').click();
  await page.locator('.record-header .stage-pill', { hasText: stageLabel }).waitFor();
}

/** Goes to a record page and waits for its header (or the not-found message). */
export async function openRecord(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/records/${id}`);
  await page.locator('.record-header, .not-found').first().waitFor();
}
