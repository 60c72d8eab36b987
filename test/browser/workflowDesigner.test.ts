// The workflow designer in a real browser: a Gujarat state admin opens the CNCP workflow laid out by elkjs under the
// app's CSP, adds a stage, sees it flagged as a dead end, connects it (by the form and by dragging in the graph), and
// the warnings and the engine's live validation issues are gone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/fixture';
import { browserSuite } from './browser';

const suite = browserSuite();

const cncp = JSON.parse(readFileSync(`${repoRoot}workflows/gujarat/cncp.json`, 'utf8')) as { machine: { states: Record<string, unknown> } };
const stageCount = Object.keys(cncp.machine.states).length;

/** Signs in to the designer as the Gujarat state admin and opens the workflows tab. */
async function openWorkflows(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/designer/GJ/workflows`);
  await page.locator('#username').fill('gj.stateadmin');
  await page.locator('#password').fill('Demo-GJ-2026!');
  await page.locator('form button[type=submit]').click();
  await page.locator('.wf-designer').waitFor();
}

/** A box once it stops moving (the graph re-lays out and fits the view after each edit). */
async function stableBox(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const box = await page.locator(selector).boundingBox();
    const now = JSON.stringify(box);
    if (box && now === last) return box;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error(`${selector} keeps moving`);
}

/** The engine's issue count in the shell's issues panel, once live validation has settled. */
async function settledIssueCount(page: Page): Promise<string> {
  await page.locator('.issues-panel .spinner').waitFor({ state: 'detached' });
  return (await page.locator('[data-testid=issue-count]').textContent())?.trim() ?? '';
}

describe('workflow designer', () => {
  it('lays out the graph, flags a new stage as a dead end and clears the warning once it is connected', async () => {
    const page = await suite.page();
    const violations: string[] = [];
    await page.exposeFunction('reportCsp', (v: string) => violations.push(v));
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.reportCsp(e.violatedDirective + ' ' + e.blockedURI))`);
    await openWorkflows(page);

    // The three workflows are listed; the first (cncp) is drawn with every stage, laid out by elkjs.
    await expect(page.locator('.wf-list-nav li').count()).resolves.toBe(3);
    await page.locator('.wf-graph[data-laid-out="true"]').waitFor({ timeout: 30_000 });
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(stageCount);
    const places = new Set<string>();
    for (const node of await page.locator('.react-flow__node').all()) places.add(JSON.stringify(await node.boundingBox()));
    expect(places.size).toBe(stageCount);
    await expect(page.locator('.wf-node.initial[data-stage="intake"]').count()).resolves.toBe(1);
    await expect(page.locator('.wf-node.final[data-stage="closed"]').count()).resolves.toBe(1);
    // Labels are in the state's language chosen for labels (Gujarati texts for the Gujarati option).
    const gu = JSON.parse(readFileSync(`${repoRoot}form-definitions/gujarat/i18n/gu.json`, 'utf8')) as { messages: Record<string, string> };
    await page.locator('#wf-label-lang').selectOption('gu');
    await expect(page.locator('.wf-node[data-stage="intake"] .wf-node-label').textContent()).resolves.toBe(gu.messages['stage.intake']);
    await page.locator('#wf-label-lang').selectOption('en');
    await expect(page.locator('.wf-warnings li').count()).resolves.toBe(0);
    expect(await settledIssueCount(page)).toBe('0');
    // A stage is selected from the keyboard too.
    await page.locator('.react-flow__node[data-id="producedBeforeCwc"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#wf-stage-producedBeforeCwc-title').waitFor();

    // Add a stage: it is a dead end (and unreachable) until connected.
    await page.locator('#wf-add-stage').click();
    await page.locator('#wf-new-stage-id').fill('committeeReview');
    await page.locator('#wf-new-stage-label-gu').fill('સમિતિ સમીક્ષા');
    await page.locator('#wf-new-stage-label-hi').fill('समिति समीक्षा');
    await page.locator('#wf-new-stage-label-en').fill('Committee review');
    await page.locator('#wf-new-stage-label-en').press('Enter');
    await page.locator('.react-flow__node[data-id="committeeReview"]').waitFor();
    await page.locator('.wf-warnings li[data-warning="deadEnd"][data-stage="committeeReview"]').waitFor();
    await page.locator('.wf-node.warn[data-stage="committeeReview"]').waitFor();
    await page.screenshot({ path: 'test-results/screenshots/workflow-designer-dead-end.png' });

    // The engine reports the same once the draft is validated; clicking its issue selects the stage.
    await page.locator('.react-flow__node[data-id="intake"]').click();
    await page.locator('#wf-stage-intake-title').waitFor();
    const issue = page.locator('.issues-panel li button', { hasText: '/machine/states/committeeReview' }).first();
    await issue.waitFor({ timeout: 30_000 });
    await issue.click();
    await page.locator('#wf-stage-committeeReview-title').waitFor();

    // A transition out of it, by the keyboard-friendly form: the dead-end warning goes.
    await page.locator('#wf-stage-add-transition').click();
    await expect(page.locator('#wf-new-tr-from').inputValue()).resolves.toBe('committeeReview');
    await page.locator('#wf-new-tr-event').fill('PASS_FINAL_ORDER');
    await page.locator('#wf-new-tr-to').selectOption('finalOrderPassed');
    await page.locator('#wf-add-transition-title').locator('..').locator('button[type=submit]').click();
    await page.locator('.wf-warnings li[data-warning="deadEnd"]').waitFor({ state: 'detached' });
    await page.locator('.wf-warnings li[data-warning="unreachable"][data-stage="committeeReview"]').waitFor();

    // A transition into it by dragging from sirSubmitted's handle onto the new stage, then naming the action.
    await page.locator('.wf-graph[data-laid-out="true"]').waitFor();
    await page.locator('.react-flow__controls-fitview').click();
    await stableBox(page, '.react-flow__node[data-id="closed"]');
    const source = await stableBox(page, '.react-flow__node[data-id="sirSubmitted"] .react-flow__handle.source');
    const target = await stableBox(page, '.react-flow__node[data-id="committeeReview"] .react-flow__handle.target');
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    await page.locator('#wf-add-transition-title').waitFor().catch(async (e: Error) => {
      await page.screenshot({ path: 'test-results/screenshots/workflow-designer-drag-failed.png' });
      const hit = await page.evaluate(`(() => { const e = document.elementFromPoint(${source.x + source.width / 2}, ${source.y + source.height / 2}); return e ? e.outerHTML.slice(0, 200) : 'none'; })()`).catch((x: Error) => x.message);
      throw new Error(`${e.message}\nunder the source handle: ${String(hit)}`);
    });
    await expect(page.locator('#wf-new-tr-from').inputValue()).resolves.toBe('sirSubmitted');
    await expect(page.locator('#wf-new-tr-to').inputValue()).resolves.toBe('committeeReview');
    await page.locator('#wf-new-tr-event').fill('SEND_TO_COMMITTEE');
    await page.locator('#wf-new-tr-label-gu').fill('સમિતિને મોકલો');
    await page.locator('#wf-new-tr-label-hi').fill('समिति को भेजें');
    await page.locator('#wf-new-tr-label-en').fill('Send to the committee');
    await page.locator('#wf-add-transition-title').locator('..').locator('input[type=checkbox][value="cwcMember"]').check();
    await page.locator('#wf-add-transition-title').locator('..').locator('button[type=submit]').click();
    await page.locator('.wf-edge-label', { hasText: 'Send to the committee' }).waitFor().catch(async (e: Error) => {
      await page.screenshot({ path: 'test-results/screenshots/workflow-designer-connect-failed.png' });
      throw e;
    });
    await expect(page.locator('.wf-warnings li').count()).resolves.toBe(0);

    // The engine agrees: the draft validates with no issues (labels in every language, roles may fire the event).
    await page.waitForTimeout(500);
    expect(await settledIssueCount(page)).toBe('0');
    await page.screenshot({ path: 'test-results/screenshots/workflow-designer.png' });

    // A guard from the catalog with a form generated from its parameter schema: formComplete gets a form picker.
    await page.locator('.wf-edge-label[data-transition="/machine/states/producedBeforeCwc/on/ORDER_SIR"]').click();
    const panel = 'wf-tr-producedBeforeCwc-ORDER_SIR-0';
    await page.locator(`#${panel}-guard`).selectOption('formComplete');
    await expect(page.locator(`#${panel}-param-form option`).allTextContents()).resolves.toContainEqual(expect.stringContaining('form21'));
    await page.locator(`#${panel}-param-form`).selectOption('form21');
    await page.locator(`#${panel}-guard`).locator('xpath=ancestor::form').locator('button[type=submit]').click();
    await page.locator('.wf-edge-label[data-transition="/machine/states/producedBeforeCwc/on/ORDER_SIR"]', { hasText: '◆' }).waitFor();
    await page.waitForTimeout(500);
    expect(await settledIssueCount(page)).toBe('0');
    await page.screenshot({ path: 'test-results/screenshots/workflow-designer-guard.png' });

    // The table view lists the new stage and transitions for keyboard and screen-reader users.
    await page.getByRole('button', { name: /Tables|કોષ્ટકો|तालिकाएँ|সারণি/ }).click();
    await page.locator('tr[data-stage-row="committeeReview"]').waitFor();
    await page.screenshot({ path: 'test-results/screenshots/workflow-designer-table.png' });

    // In Gujarati every text of the designer is translated (a missing key would show as "workflow.…").
    await page.locator('#ui-language').selectOption('gu');
    await page.locator('.wf-designer .wf-warnings h3', { hasText: 'ચેતવણીઓ' }).waitFor();
    await page.locator('tr[data-stage-row="committeeReview"] button', { hasText: 'સમિતિ સમીક્ષા' }).click();
    const text = await page.locator('.wf-designer').innerText();
    expect(text).not.toMatch(/workflow\./);
    expect(text).not.toMatch(/\b(Stage|Transition|Warnings|Deadlines|Cancel|Save)\b/);
    await page.screenshot({ path: 'test-results/screenshots/workflow-designer-gu.png' });
    expect(violations).toEqual([]);
    expect(suite.errors).toEqual([]);
  });
});
