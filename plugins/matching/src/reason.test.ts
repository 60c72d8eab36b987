// Each feature's reason: a stable key and the values its sentence needs (codes as codes, free text as written).
import { describe, expect, it } from 'vitest';
import { createMatchIndex } from './matchIndex';
import type { ChildReport } from './profile';
import { scoreMatch, type FeatureName } from './score';

const missing = (fields: Partial<ChildReport>): ChildReport => ({ id: 'm', kind: 'missing', ...fields });
const found = (fields: Partial<ChildReport>): ChildReport => ({ id: 'f', kind: 'found', ...fields });
const reasonOf = (m: ChildReport, f: ChildReport, feature: FeatureName, options = {}) => scoreMatch(m, f, options).features.find((x) => x.feature === feature)!.reason;

describe('reasons', () => {
  it('names as written, with their similarity; a spelling variant is not the same name', () => {
    expect(reasonOf(missing({ name: 'Sunita Das' }), found({ name: 'সুনীতা দাস' }), 'name')).toEqual({ key: 'name.same', params: { missingName: 'Sunita Das', foundName: 'সুনীতা দাস', similarity: expect.any(Number) } });
    const variant = reasonOf(missing({ name: 'Sunita Das' }), found({ name: 'Sunaina Das' }), 'name');
    expect(variant.key).not.toBe('name.same');
    expect(variant.params.similarity).toBeLessThan(0.95);
  });

  it("fathers' names and homes as written, not as the phonetic tokens compared", () => {
    const m = missing({ fatherName: 'Nirmal Mondal', homeTown: 'Vill. Kusumpur, Dist. South 24 Parganas' });
    const f = found({ fatherName: 'নির্মল', homeTown: 'কুসুমপুর' });
    expect(reasonOf(m, f, 'fatherName')).toMatchObject({ key: 'fatherName.same', params: { missingName: 'Nirmal Mondal', foundName: 'নির্মল' } });
    expect(reasonOf(m, f, 'homeTown')).toMatchObject({ key: 'homeTown.agree', params: { missingHome: 'Vill. Kusumpur, Dist. South 24 Parganas', foundHome: 'কুসুমপুর' } });
    expect(reasonOf(m, found({ homeTown: 'Dhanbad' }), 'homeTown')).toEqual({ key: 'homeTown.differ', params: { missingHome: 'Vill. Kusumpur, Dist. South 24 Parganas', foundHome: 'Dhanbad' } });
  });

  it('ages and heights as numbers, the kind of age as a code', () => {
    const m = missing({ age: 9, date: '2024-03-01', heightCm: 120 });
    expect(reasonOf(m, found({ age: 10, date: '2024-03-20', heightCm: 123 }), 'age')).toEqual({ key: 'age.within', params: { expected: 9.6, age: 10.5, diff: 0.9, ageKind: 'apparent' } });
    expect(reasonOf(m, found({ age: 14, date: '2024-03-20' }), 'age')).toMatchObject({ key: 'age.apart', params: { diff: 4.9 } });
    expect(reasonOf(m, found({ age: 10, date: '2024-03-20', heightCm: 140 }), 'height')).toEqual({ key: 'height.outside', params: { missingCm: 120, foundCm: 140, off: 15 } });
  });

  it('dates as ISO dates and days as a number; found before missing is impossible', () => {
    const m = missing({ date: '2024-03-01' });
    expect(reasonOf(m, found({ date: '2024-03-19' }), 'dates')).toEqual({ key: 'dates.gap', params: { days: 18, missingDate: '2024-03-01', foundDate: '2024-03-19' } });
    expect(reasonOf(m, found({ date: '2024-02-01' }), 'dates')).toEqual({ key: 'dates.impossible', params: { missingDate: '2024-03-01', foundDate: '2024-02-01' } });
  });

  it('districts and states as codes, shared place words as written', () => {
    expect(reasonOf(missing({ district: 'HOW', state: 'WB', place: 'Howrah station' }), found({ district: 'HOW', state: 'WB', place: 'Howrah' }), 'place')).toEqual({ key: 'place.sameDistrictWords', params: { district: 'HOW', places: ['hovrah'] } });
    const neighbours = createMatchIndex([], { neighbours: { JH: { DHN: ['BOK'] } } }).scoreOptions;
    expect(reasonOf(missing({ district: 'DHN', state: 'JH' }), found({ district: 'BOK', state: 'JH' }), 'place', neighbours)).toEqual({ key: 'place.neighbours', params: { missingDistrict: 'DHN', foundDistrict: 'BOK' } });
    expect(reasonOf(missing({ district: 'DHN', state: 'JH' }), found({ district: 'HOW', state: 'WB' }), 'place')).toEqual({ key: 'place.differentStates', params: { missingState: 'JH', foundState: 'WB' } });
  });

  it('sex, complexion, build, languages, disabilities and marks as codes', () => {
    expect(reasonOf(missing({ sex: 'male' }), found({ sex: 'female' }), 'sex')).toEqual({ key: 'sex.mismatch', params: { missingSex: 'male', foundSex: 'female' } });
    expect(reasonOf(missing({ complexion: 'गोरा' }), found({ complexion: 'wheatish' }), 'complexion')).toEqual({ key: 'complexion.differ', params: { missingComplexion: 'fair', foundComplexion: 'wheatish' } });
    expect(reasonOf(missing({ build: 'પાતળો' }), found({ build: 'slim' }), 'build')).toEqual({ key: 'build.same', params: { build: 'slim' } });
    expect(reasonOf(missing({ languages: ['hi'] }), found({ languages: ['bn', 'sat'] }), 'languages')).toEqual({ key: 'languages.none', params: { missingLanguages: ['hi'], foundLanguages: ['bn', 'sat'] } });
    expect(reasonOf(missing({}), found({ disabilities: ['hearing', 'speech'] }), 'disability')).toEqual({ key: 'disability.onlyFound', params: { missingDisabilities: [], foundDisabilities: ['hearing', 'speech'] } });
    expect(reasonOf(missing({ identificationMarks: 'mole on left cheek' }), found({ identificationMarks: 'বাঁ গালে তিল, scar' }), 'marks')).toEqual({ key: 'marks.agree', params: { missingMarks: ['mole|left|cheek'], foundMarks: ['mole|left|cheek', 'scar||'], agreement: 1 } });
  });

  it('clothing as written; other clothes soon after say how many days later', () => {
    const m = missing({ clothing: 'red frock', date: '2024-03-01' });
    expect(reasonOf(m, found({ clothing: 'লাল ফ্রক', date: '2024-03-20' }), 'clothing')).toEqual({ key: 'clothing.agree', params: { missingClothes: 'red frock', foundClothes: 'লাল ফ্রক' } });
    expect(reasonOf(m, found({ clothing: 'blue jeans', date: '2024-03-03' }), 'clothing')).toEqual({ key: 'clothing.differSoon', params: { missingClothes: 'red frock', foundClothes: 'blue jeans', days: 2 } });
  });

  it('a feature not known on both reports is neutral, and the English explanation stays', () => {
    const s = scoreMatch(missing({ name: 'Sunita' }), found({ name: 'Sunita', heightCm: 120 }));
    const height = s.features.find((x) => x.feature === 'height')!;
    expect(height.reason).toEqual({ key: 'neutral', params: {} });
    expect(height.explanation).toMatch(/neutral/);
  });
});
