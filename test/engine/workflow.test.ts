// Records through the minimal workflow: transitions, refusals with reasons, available events, deadlines.
import { describe, expect, it } from 'vitest';
import { availableEvents, createRecord, fireEvent, saveForm, type Actor, type CaseRecord, type UserContext } from '@suraksha/engine';
import { minimalSource, mustLoad } from '../support/fixture';

const deployment = mustLoad(minimalSource());
const now = new Date('2026-03-02T09:00:00+05:30');
const police: UserContext = { id: 'p1', state: 'TL', roles: ['police'], district: 'NOR', office: 'NOR-PS-1' };
const cwc: UserContext = { id: 'c1', state: 'TL', roles: ['cwcMember'], district: 'NOR', office: 'NOR-CWC-1' };
const as = (user: UserContext, lang = 'en', at = now): Actor => ({ deployment, user, now: at, lang });
const intakeData = { production: { date: '2026-03-01', cwc: 'NOR-CWC-1' }, child: { name: 'Sunita', sex: 'female' } };

function produced(): CaseRecord {
  const created = createRecord(as(police), { id: 'r1', recordType: 'cncp', district: 'NOR', office: 'NOR-PS-1' });
  if (!created.ok) throw new Error(created.message);
  const saved = saveForm(as(police), created.record, { form: 'intake', data: intakeData, mode: 'complete' });
  if (!saved.ok) throw new Error(saved.message);
  const fired = fireEvent(as(police), saved.record, 'PRODUCE');
  if (!fired.ok) throw new Error(fired.message);
  return fired.record;
}

describe('workflow', () => {
  it('creates a record in the initial stage with its entry deadline 24 hours out', () => {
    const created = createRecord(as(police), { id: 'r1', recordType: 'cncp', district: 'NOR' });
    expect(created.ok && created.record.stage).toBe('intake');
    expect(created.ok && created.record.deadlines.production?.due).toBe('2026-03-03T03:30:00.000Z');
  });

  it('refuses to create outside the user district or in a district not yet in force', () => {
    expect(createRecord(as(police), { id: 'r', recordType: 'cncp', district: 'SOU' })).toMatchObject({ ok: false, code: 'forbidden' });
    const before = as({ ...police, district: 'NEW' }, 'en', new Date('2024-12-31T12:00:00+05:30'));
    expect(createRecord(before, { id: 'r', recordType: 'cncp', district: 'NEW' })).toMatchObject({ ok: false, code: 'invalidData' });
    expect(createRecord(as({ ...police, district: 'NEW' }), { id: 'r', recordType: 'cncp', district: 'NEW' }).ok).toBe(true);
  });

  it('counts the final-order deadline from the production date field, by the calendar', () => {
    const record = produced();
    expect(record.stage).toBe('inquiry');
    // 1 March 00:00 IST + 4 months = 1 July 00:00 IST.
    expect(record.deadlines.finalOrder?.due).toBe('2026-06-30T18:30:00.000Z');
    expect(record.deadlines.production).toBeUndefined();
  });

  it('returns effects instead of running them', () => {
    const created = createRecord(as(police), { id: 'r1', recordType: 'cncp', district: 'NOR' });
    if (!created.ok) throw new Error('create failed');
    const saved = saveForm(as(police), created.record, { form: 'intake', data: intakeData, mode: 'complete' });
    const fired = saved.ok ? fireEvent(as(police), saved.record, 'PRODUCE') : saved;
    expect(fired.ok && fired.effects.map((e) => (e.type === 'plugin' ? e.action : e.type))).toEqual(['clearDeadline', 'setDeadline', 'assignCaseNumber']);
  });

  it('explains a failed guard in the user language, naming the form', () => {
    const created = createRecord(as(police), { id: 'r1', recordType: 'cncp', district: 'NOR' });
    if (!created.ok) throw new Error('create failed');
    expect(fireEvent(as(police, 'hi'), created.record, 'PRODUCE')).toMatchObject({ ok: false, code: 'guardFailed', message: 'पहले "प्रस्तुति पर रिपोर्ट (फ़ॉर्म 17)" पूरा करें' });
  });

  it('distinguishes forbidden, not available here, unknown and not found', () => {
    const record = produced();
    expect(fireEvent(as(police), record, 'ORDER_SIR')).toMatchObject({ code: 'forbidden', message: 'You may not Order SIR' });
    expect(fireEvent(as(cwc), record, 'SUBMIT_SIR')).toMatchObject({ code: 'notAvailable', message: 'Submit SIR is not possible at the stage Inquiry' });
    expect(fireEvent(as(cwc), record, 'DELETE')).toMatchObject({ code: 'unknownEvent' });
    expect(fireEvent(as({ ...cwc, district: 'SOU' }), record, 'ORDER_SIR')).toMatchObject({ code: 'notFound' });
    expect(fireEvent(as({ ...cwc, state: 'GJ' }), record, 'ORDER_SIR')).toMatchObject({ code: 'notFound' });
  });

  it('lists exactly the events the user may fire now', () => {
    const record = produced();
    expect(availableEvents(as(cwc), record)).toEqual([{ event: 'ORDER_SIR', label: 'Order SIR', confirm: 'Order a social investigation report?', target: 'sirOrdered' }]);
    expect(availableEvents(as(police), record)).toEqual([]);
  });

  it('refuses to enter a stage whose required form is incomplete', () => {
    const ordered = fireEvent(as(cwc), produced(), 'ORDER_SIR');
    if (!ordered.ok) throw new Error(ordered.message);
    const sw: UserContext = { id: 's1', state: 'TL', roles: ['socialWorker'], district: 'NOR' };
    expect(fireEvent(as(sw), ordered.record, 'SUBMIT_SIR')).toMatchObject({ code: 'formIncomplete', message: 'Complete the form "Social investigation report (Form 22)" first' });
    expect(availableEvents(as(sw), ordered.record)).toEqual([]);
  });

  it('refuses to save a form the stage does not allow, and fields the role may not write', () => {
    const record = produced();
    expect(saveForm(as(cwc), record, { form: 'sir', data: {}, mode: 'draft' })).toMatchObject({ code: 'notEditable' });
    const sw: UserContext = { id: 's1', state: 'TL', roles: ['socialWorker'], district: 'NOR' };
    expect(saveForm(as(sw), record, { form: 'intake', data: { ...intakeData, child: { ...intakeData.child, name: 'X' } }, mode: 'draft' })).toMatchObject({
      code: 'fieldsForbidden',
      fields: ['intake.child.name'],
    });
  });

  it('keeps fields the user cannot read when they save what they can see', () => {
    const record = produced();
    const withAbuse = saveForm(as(cwc), record, { form: 'intake', data: { ...intakeData, child: { ...intakeData.child, alleges: true, abuseDetails: 'details' } }, mode: 'complete' });
    if (!withAbuse.ok) throw new Error(withAbuse.message);
    const policeView = { ...intakeData, child: { ...intakeData.child, alleges: true, name: 'Sunita Devi' } };
    const saved = saveForm(as(police), withAbuse.record, { form: 'intake', data: policeView, mode: 'complete' });
    expect(saved.ok && saved.record.forms.intake?.data).toMatchObject({ child: { name: 'Sunita Devi', abuseDetails: 'details' } });
  });
});

describe('field permissions on save', () => {
  it('refuses a value for a field the user may neither read nor write, naming it', () => {
    const record = produced();
    const admin: UserContext = { id: 'a1', state: 'TL', roles: ['stateAdmin'] };
    const data = { ...intakeData, child: { ...intakeData.child, abuseDetails: 'written blind' } };
    expect(saveForm(as(admin), record, { form: 'intake', data, mode: 'draft' })).toMatchObject({ code: 'fieldsForbidden', fields: ['intake.child.abuseDetails'] });
  });

  it('takes a write-only field (writable, not readable) and still hides it afterwards', () => {
    const record = produced();
    const data = { ...intakeData, child: { ...intakeData.child, alleges: true, abuseDetails: 'reported at the station' } };
    const saved = saveForm(as(police), record, { form: 'intake', data, mode: 'complete' });
    expect(saved.ok && saved.record.forms.intake?.data).toMatchObject({ child: { abuseDetails: 'reported at the station' } });
  });
});

describe('required forms stay complete', () => {
  it('refuses a draft save of a form the current stage requires', () => {
    const ordered = fireEvent(as(cwc), produced(), 'ORDER_SIR');
    if (!ordered.ok) throw new Error(ordered.message);
    const sw: UserContext = { id: 's1', state: 'TL', roles: ['socialWorker'], district: 'NOR' };
    const sir = { family: [{ name: 'Meena' }], recommendation: 'Restore' };
    const saved = saveForm(as(sw), ordered.record, { form: 'sir', data: sir, mode: 'complete' });
    const submitted = saved.ok ? fireEvent(as(sw), saved.record, 'SUBMIT_SIR') : saved;
    if (!submitted.ok) throw new Error(submitted.message);
    // sirSubmitted requires the SIR; the stage does not list it as editable either, so the refusal is notEditable.
    expect(saveForm(as(sw), submitted.record, { form: 'sir', data: sir, mode: 'draft' })).toMatchObject({ ok: false });
  });
});
