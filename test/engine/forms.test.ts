// Form validation of the minimal state: messages per language, draft vs complete, rules, computed values.
import { describe, expect, it } from 'vitest';
import { minimalSource, mustLoad } from '../support/fixture';

const deployment = mustLoad(minimalSource());
const intake = deployment.forms.get('intake')!;
const sir = deployment.forms.get('sir')!;
const now = new Date('2026-03-02T09:00:00+05:30');
const valid = { production: { date: '2026-03-02', cwc: 'NOR-CWC-1' }, child: { name: 'Sunita', sex: 'female', dateOfBirth: '2014-05-01' } };

describe('form validation', () => {
  it('accepts complete data and computes the age from the date of birth', () => {
    const result = intake.validate(valid, { lang: 'en', mode: 'complete', now });
    expect(result.issues).toEqual([]);
    expect(result.data).toMatchObject({ child: { age: 11 } });
  });

  it('lets a draft be partial but enforces required fields when complete', () => {
    expect(intake.validate({ child: { name: 'Sunita' } }, { lang: 'en', mode: 'draft', now }).ok).toBe(true);
    const complete = intake.validate({ child: { name: 'Sunita' } }, { lang: 'en', mode: 'complete', now });
    expect(complete.issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/production', 'This is required'],
      ['/child/sex', 'This is required'],
    ]);
  });

  it('writes messages in the user language', () => {
    const result = intake.validate({ child: { name: 'Sunita' } }, { lang: 'hi', mode: 'complete', now });
    expect(result.issues[0]?.message).toBe('यह जानकारी आवश्यक है');
  });

  it('still checks types and formats in a draft', () => {
    const result = intake.validate({ production: { date: '02/03/2026' }, child: { phone: '12345' } }, { lang: 'en', mode: 'draft', now });
    expect(result.issues.map((i) => [i.pointer, i.key])).toEqual([
      ['/production/date', 'validation.date'],
      ['/child/phone', 'validation.phone'],
    ]);
  });

  it('refuses a production date in the future, judged by the day in the state time zone', () => {
    const tomorrow = { ...valid, production: { ...valid.production, date: '2026-03-03' } };
    expect(intake.validate(tomorrow, { lang: 'en', mode: 'complete', now }).issues).toEqual([
      expect.objectContaining({ pointer: '/production/date', key: 'validation.notInFuture', message: 'Cannot be in the future' }),
    ]);
    // 20:00 UTC on 2 March is already 3 March in India.
    expect(intake.validate(tomorrow, { lang: 'en', mode: 'complete', now: new Date('2026-03-02T20:00:00Z') }).ok).toBe(true);
  });

  it('requires a field only while its rule condition holds', () => {
    const alleges = { ...valid, child: { ...valid.child, alleges: true } };
    expect(intake.validate(alleges, { lang: 'en', mode: 'complete', now }).issues.map((i) => i.pointer)).toEqual(['/child/abuseDetails']);
    expect(intake.validate(alleges, { lang: 'en', mode: 'draft', now }).ok).toBe(true);
    expect(intake.validate({ ...valid, child: { ...valid.child, alleges: false } }, { lang: 'en', mode: 'complete', now }).ok).toBe(true);
  });

  it('mirrors the same condition into the UI schema as a SHOW rule', () => {
    const group = (intake.uischema.elements as any[]).find((e) => e.label === 'intake.child');
    const control = group.elements.find((e: any) => e.scope === '#/properties/child/properties/abuseDetails');
    expect(control.rule.effect).toBe('SHOW');
    expect(control.rule.condition).toEqual({ scope: '#', schema: (intake.schema.allOf as any[])[0].if });
  });

  it('fills pickers from the manifest and refuses values outside them', () => {
    const cwc = (intake.schema as any).properties.production.properties.cwc;
    expect(cwc.enum).toEqual(['NOR-CWC-1', 'SOU-CWC-1']);
    const police = { ...valid, production: { ...valid.production, cwc: 'NOR-PS-1' } };
    expect(intake.validate(police, { lang: 'en', mode: 'complete', now }).issues.map((i) => i.key)).toEqual(['validation.enum']);
  });

  it('refuses unknown fields and options, naming where', () => {
    const result = intake.validate({ child: { sex: 'boy', nickname: 'x' } }, { lang: 'en', mode: 'draft', now });
    expect(result.issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/child/nickname', 'Unknown field nickname'],
      ['/child/sex', 'Choose one of the options'],
    ]);
  });

  it('validates table rows with pointers into the row, and uses field message overrides', () => {
    const data = { identity: { aadhaar: '1234' }, family: [{ name: 'Meena', age: 34 }, { age: 200 }], recommendation: 'x' };
    expect(sir.validate(data, { lang: 'en', mode: 'complete', now }).issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/identity/aadhaar', 'Aadhaar number must be 12 digits'],
      ['/family/1/name', 'This is required'],
      ['/family/1/age', 'Must be at most 120'],
    ]);
  });

  it('refuses data that is not an object without throwing', () => {
    for (const bad of [null, 3, 'x', [1]]) expect(intake.validate(bad, { lang: 'en', mode: 'draft', now }).ok).toBe(false);
  });
});
