// The caseworker app in a real browser, in Gujarati: a CNCP case from production to final order across three roles,
// validation next to the field, actions not offered, another state's record not found, a draft kept offline.
import { describe, expect, it } from 'vitest';
import { demoClient } from '../runtime/harness';
import { demoUsers } from '../../runtime/src/demo/seedDemo';
import { readScenario } from './scenarioData';
import { appText, fieldSelector, fillFields, fireAction, openFormTab, openRecord, saveForm, stateText } from './app';
import { browserSuite } from './browser';

const gu = appText('gu');
const gj = stateText('gujarat', 'gu');
const scenario = readScenario('gujarat', 'cncpMainPath');

const suite = browserSuite();

describe('caseworker app in Gujarati', () => {
  let recordId = '';

  it('carries a CNCP case from production to final order across police, CWC and social worker', async () => {
    // Police: register the child's production, filling Form 17 through the form.
    const police = await suite.signedIn('gj.police.ahm');
    await expect(police.locator('html').getAttribute('lang')).resolves.toBe('gu');
    await police.locator('.main-nav a[href="/records/new"]').click();
    await police.locator('#create-type').waitFor();
    expect(await police.locator('#create-type').inputValue()).toBe('cncp');
    await fillFields(police, 'form17', {
      'production.date': '2026-03-02',
      'production.time': '11:30',
      'production.place': 'બાળ કલ્યાણ સમિતિ કચેરી, અમદાવાદ',
      'production.cwc': { select: 'AHM-CWC-1' },
      'production.district': { select: 'AHM' },
      'production.journeyHours': 1,
      'producedBy.category': { select: 'police' },
      'producedBy.name': 'આર. કે. પરમાર',
      'producedBy.sex': { radio: 0 },
      'child.name': 'સુનિતા',
      'child.sex': { radio: 1 },
      'child.dateOfBirth': '2015-06-10',
      'child.apparentAge': 10,
      'child.languages': { check: [0, 1] },
      'child.alleges': { radio: 1 },
      'parents.known': { radio: 0 },
    });
    // The parents' names appear only once "parents known" is yes (a show rule evaluated in the browser).
    await fillFields(police, 'form17', { 'parents.fatherName': 'રમેશ', 'parents.motherName': 'ગીતા', 'found.date': '2026-03-01', 'found.place': 'કાલુપુર રેલવે સ્ટેશન, પ્લેટફોર્મ 3' });
    await police.getByRole('button', { name: gu['create.submitComplete'] }).click();
    await police.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    recordId = police.url().split('/').pop()!;
    await police.locator('.record-header .child-name', { hasText: 'સુનિતા' }).waitFor();
    await police.locator('.record-header .stage-pill', { hasText: gj['stage.intake'] }).waitFor();
    await fireAction(police, 'PRODUCE_BEFORE_CWC', gj['stage.producedBeforeCwc']!);
    // The police may not order an SIR: no such action is offered to them, and the page says there is nothing to do.
    await police.locator('.actions .note', { hasText: gu['record.noActions'] }).waitFor();
    expect(await police.locator('button[data-event]').count()).toBe(0);
    expect(await police.locator('.record-header .case-number').textContent()).not.toBe(gu['list.noCaseNumber']);

    // CWC member: Form 21 (order for a social investigation report), then ORDER_SIR.
    const cwc = await suite.signedIn('gj.cwcmember.ahm');
    await openRecord(cwc, suite.server.url, recordId);
    await openFormTab(cwc, 'form21');
    await fillFields(cwc, 'form21', {
      orderDate: '2026-03-02',
      orderNumber: 'CWC/AHM/2026/142',
      cwc: { select: 'AHM-CWC-1' },
      assignedTo: { radio: 1 },
      assignedOfficer: 'હેતલ દેસાઈ',
      assignedOffice: { select: 'AHM-DCPU' },
      dueDate: '2026-03-17',
      pointsOfInquiry: 'વટવામાં કુટુંબની ચકાસણી',
    });
    await saveForm(cwc, 'complete');
    await fireAction(cwc, 'ORDER_SIR', gj['stage.sirOrdered']!);

    // Social worker: Form 22 prefilled as a draft through the API, the family table filled in the browser.
    const swApi = await demoClient(suite.server, 'gj.socialworker.ahm');
    const form22 = scenario.save('form22');
    const { family: _family, ...withoutFamily } = form22;
    const current = await swApi.json('GET', `/api/records/${recordId}`);
    expect((await swApi.json('PUT', `/api/records/${recordId}/forms/form22`, { data: withoutFamily, mode: 'draft' }, { 'if-match': String(current.body.record.version) })).status).toBe(200);
    const sw = await suite.signedIn('gj.socialworker.ahm');
    await openRecord(sw, suite.server.url, recordId);
    await openFormTab(sw, 'form22');
    for (const [i, row] of [
      { name: 'રમેશ', relationship: 'father', age: 40, sex: 0 },
      { name: 'ગીતા', relationship: 'mother', age: 35, sex: 1 },
    ].entries()) {
      await sw.getByRole('button', { name: gu['form.addRow'] }).click();
      await sw.locator(fieldSelector('form22', `family.${i}.name`)).waitFor();
      await fillFields(sw, 'form22', { [`family.${i}.name`]: row.name, [`family.${i}.relationship`]: { select: row.relationship }, [`family.${i}.age`]: row.age, [`family.${i}.sex`]: { radio: row.sex } });
    }
    await sw.locator(fieldSelector('form22', 'family')).screenshot({ path: 'test-results/screenshots/journey-form22-family.png' });
    await saveForm(sw, 'complete');
    await fireAction(sw, 'SUBMIT_SIR', gj['stage.sirSubmitted']!);

    // CWC member: the final order (Form 15), prefilled through the API but the order number typed, then PASS_FINAL_ORDER.
    const cwcApi = await demoClient(suite.server, 'gj.cwcmember.ahm');
    const { orderNumber: _orderNumber, ...form15 } = scenario.save('form15');
    const before15 = await cwcApi.json('GET', `/api/records/${recordId}`);
    expect((await cwcApi.json('PUT', `/api/records/${recordId}/forms/form15`, { data: form15, mode: 'draft' }, { 'if-match': String(before15.body.record.version) })).status).toBe(200);
    await openRecord(cwc, suite.server.url, recordId);
    await openFormTab(cwc, 'form15');
    await fillFields(cwc, 'form15', { orderNumber: 'CWC/AHM/2026/210' });
    await saveForm(cwc, 'complete');
    await fireAction(cwc, 'PASS_FINAL_ORDER', gj['stage.finalOrderPassed']!);

    // The end: stage, the timeline of five stages, and the history in Gujarati.
    const timeline = await cwc.locator('.timeline li .timeline-stage').allTextContents();
    expect(timeline).toEqual([gj['stage.intake'], gj['stage.producedBeforeCwc'], gj['stage.sirOrdered'], gj['stage.sirSubmitted'], gj['stage.finalOrderPassed']]);
    await cwc.locator('#tab-history').click();
    await cwc.locator('.history-entry').first().waitFor();
    await cwc.screenshot({ path: 'test-results/screenshots/journey-history.png', fullPage: true });
    const history = (await cwc.locator('.history').textContent()) ?? '';
    for (const event of ['PRODUCE_BEFORE_CWC', 'ORDER_SIR', 'SUBMIT_SIR', 'PASS_FINAL_ORDER']) expect(history).toContain(gj[`event.${event}`]);
    expect(history).toContain(gu['history.created']);

    const final = await cwcApi.json('GET', `/api/records/${recordId}`);
    expect(final.body.record.stage).toBe('finalOrderPassed');
    expect(final.body.record.forms.form17.data.child).toMatchObject({ name: 'સુનિતા', sex: 'female', languages: ['gu', 'hi'], alleges: false });
    expect(final.body.record.forms.form17.data.parents).toMatchObject({ known: true, fatherName: 'રમેશ', motherName: 'ગીતા' });
    expect(final.body.record.forms.form22.data.family).toEqual([
      { name: 'રમેશ', relationship: 'father', age: 40, sex: 'male' },
      { name: 'ગીતા', relationship: 'mother', age: 35, sex: 'female' },
    ]);
    const events = (await cwcApi.json('GET', `/api/records/${recordId}/history`)).body.history.filter((h: any) => h.kind === 'transition').map((h: any) => h.event);
    expect(events).toEqual(['PRODUCE_BEFORE_CWC', 'ORDER_SIR', 'SUBMIT_SIR', 'PASS_FINAL_ORDER']);
    expect(suite.errorsExcept('401')).toEqual([]);
  });

  it('shows a validation error in Gujarati next to its field, only after the first submit', async () => {
    const api = await demoClient(suite.server, 'gj.police.ahm');
    const created = await api.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: { child: { name: 'કિશન' } }, mode: 'draft' } });
    expect(created.status).toBe(201);
    const page = await suite.signedIn('gj.police.ahm');
    await openRecord(page, suite.server.url, created.body.record.id);
    await page.locator(fieldSelector('form17', 'child.name')).waitFor();
    expect(await page.locator('.field-error').count()).toBe(0);
    await page.locator(fieldSelector('form17', 'production.place')).fill('અમદાવાદ');
    await page.locator('.form-editor .form-actions button.primary').click();
    const error = page.locator(`${fieldSelector('form17', 'production.date')}-error`);
    await error.waitFor();
    expect((await error.textContent())?.trim()).toContain(gj['validation.required']);
    // The message is tied to its input for screen readers, and the summary links to it.
    expect(await page.locator(fieldSelector('form17', 'production.date')).getAttribute('aria-describedby')).toContain(`f-form17-production_date-error`);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(gj['form17.production.date']);
    expect(await page.locator(`${fieldSelector('form17', 'child.sex')}-error`).textContent()).toContain(gj['validation.required']);
    // A draft record cannot be produced yet: the action is not offered.
    expect(await page.locator('button[data-event="PRODUCE_BEFORE_CWC"]').count()).toBe(0);
  });

  it('does not let a Jharkhand user open a Gujarat record (not found, nothing leaked)', async () => {
    expect(recordId).not.toBe('');
    const jh = demoUsers(suite.server.runtime.services.states.get('JH')!).find((u) => u.roles.includes('police'))!;
    const page = await suite.signedIn(jh.username);
    await openRecord(page, suite.server.url, recordId);
    await page.locator('.not-found h1').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(appText('hi')['record.notFoundTitle']);
    const body = await page.content();
    for (const secret of ['સુનિતા', 'રમેશ', 'ગીતા', 'AHM-CWC-1']) expect(body).not.toContain(secret);
    const api = await demoClient(suite.server, jh.username);
    const response = await api.json('GET', `/api/records/${recordId}`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('સુનિતા');
  });

  it('keeps a draft through a dropped network and saves it when the network returns', async () => {
    const api = await demoClient(suite.server, 'gj.police.ahm');
    const created = await api.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: { child: { sex: 'male' } }, mode: 'draft' } });
    const id = created.body.record.id as string;
    const page = await suite.signedIn('gj.police.ahm');
    await openRecord(page, suite.server.url, id);
    await page.locator(fieldSelector('form17', 'child.name')).waitFor();
    await page.context().setOffline(true);
    await page.locator(fieldSelector('form17', 'child.name')).fill('અર્જુન');
    await page.locator('.form-editor .form-actions button.secondary').click();
    await page.locator('.form-editor [data-status="offline"]').waitFor();
    const stored = await page.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('suraksha.draft.')).map((k) => JSON.parse(localStorage.getItem(k)))`);
    expect(stored).toMatchObject([{ recordId: id, formId: 'form17', pending: 'draft', data: { child: { name: 'અર્જુન', sex: 'male' } } }]);
    expect((await api.json('GET', `/api/records/${id}`)).body.record.forms.form17.data.child.name).toBeUndefined();
    await page.context().setOffline(false);
    await page.locator('.form-editor [data-status="sentWhenBack"]').waitFor();
    expect((await api.json('GET', `/api/records/${id}`)).body.record.forms.form17.data.child).toEqual({ name: 'અર્જુન', sex: 'male' });
    expect(await page.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('suraksha.draft.')).length`)).toBe(0);
  });

  it('on a conflict shows what someone else changed and reapplies the user\'s own edits on top', async () => {
    const policeApi = await demoClient(suite.server, 'gj.police.ahm');
    const created = await policeApi.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', office: 'AHM-PS-NAVRANGPURA', form: { data: { child: { name: 'મીના', sex: 'female' } }, mode: 'draft' } });
    const id = created.body.record.id as string;
    const page = await suite.signedIn('gj.police.ahm');
    await openRecord(page, suite.server.url, id);
    await page.locator(fieldSelector('form17', 'found.place')).waitFor();
    // Meanwhile a CWC member corrects the child's name.
    const cwcApi = await demoClient(suite.server, 'gj.cwcmember.ahm');
    const saved = await cwcApi.json('PUT', `/api/records/${id}/forms/form17`, { data: { child: { name: 'મીનાક્ષી', sex: 'female' } }, mode: 'draft' }, { 'if-match': String(created.body.record.version) });
    expect(saved.status).toBe(200);
    await page.locator(fieldSelector('form17', 'found.place')).fill('કાલુપુર');
    await page.locator('.form-editor .form-actions button.secondary').click();
    const panel = page.locator('.conflict-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain(gu['form.conflict']);
    expect(await panel.textContent()).toContain(`${gj['form17.child.name']}: મીનાક્ષી`);
    await panel.getByRole('button', { name: gu['form.reapply'] }).click();
    await page.locator('.form-editor [data-status="reapplied"]').waitFor();
    expect(await page.locator(fieldSelector('form17', 'child.name')).inputValue()).toBe('મીનાક્ષી');
    expect(await page.locator(fieldSelector('form17', 'found.place')).inputValue()).toBe('કાલુપુર');
    await saveForm(page, 'draft');
    const after = await policeApi.json('GET', `/api/records/${id}`);
    expect(after.body.record.forms.form17.data).toEqual({ child: { name: 'મીનાક્ષી', sex: 'female' }, found: { place: 'કાલુપુર' } });
  });
});
