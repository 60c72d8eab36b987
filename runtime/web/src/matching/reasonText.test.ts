// Reasons written with the app's real bundles: codes, lists, plurals and dates in the user's language.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { reasonText, type Reason } from './reasonText';

const bundle = (lang: string) => JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'en', fallbackLng: 'en', resources: Object.fromEntries(['en', 'hi', 'gu', 'ur'].map((l) => [l, { translation: bundle(l) }])), interpolation: { escapeValue: false } });
});

const write = async (lang: string, reason: Reason) => {
  await i18n.changeLanguage(lang);
  return reasonText({ i18n, lang, timeZone: 'Asia/Kolkata', district: (code) => (code === 'AHM' ? (lang === 'ur' ? 'احمد آباد' : 'Ahmedabad') : code) }, reason);
};

describe('reasonText', () => {
  it('writes a reason in English from its key and values', async () => {
    expect(await write('en', { key: 'name.same', params: { missingName: 'Pooja Solanki', foundName: 'પૂજા સોલંકી', similarity: 0.97, note: 'rareName' } })).toBe('same name: "Pooja Solanki" and "પૂજા સોલંકી", similarity 97%, a rare name');
    expect(await write('en', { key: 'place.neighbours', params: { missingDistrict: 'AHM', foundDistrict: 'GNR' } })).toBe('neighbouring districts (Ahmedabad, GNR)');
    expect(await write('en', { key: 'sex.mismatch', params: { missingSex: 'male', foundSex: 'female' } })).toBe('male and female: mismatch');
  });

  it('takes the plural of days, and formats dates in the locale', async () => {
    expect(await write('en', { key: 'dates.gap', params: { days: 1, missingDate: '2026-08-01', foundDate: '2026-08-02' } })).toBe('found 1 day after going missing (1 Aug 2026 → 2 Aug 2026)');
    expect(await write('en', { key: 'clothing.differSoon', params: { missingClothes: 'red frock', foundClothes: 'blue jeans', days: 3 } })).toBe('clothes "red frock" and "blue jeans": differ, though found 3 days later');
  });

  it('translates codes: marks, disabilities, languages, as lists in the language', async () => {
    expect(await write('hi', { key: 'marks.agree', params: { missingMarks: ['mole|left|cheek', 'scar||'], foundMarks: ['|right|forehead'], agreement: 1 } })).toBe('पहचान चिह्न मेल खाते हैं: "बाएँ गाल पर तिल और चोट का निशान" और "दाएँ माथे पर निशान", मेल 100%');
    expect(await write('gu', { key: 'disability.onlyFound', params: { missingDisabilities: [], foundDisabilities: ['hearing', 'speech'] } })).toBe('ફક્ત મળેલા બાળકના રિપોર્ટમાં સાંભળવાની અને બોલવાની દિવ્યાંગતા નોંધાયેલી');
    expect(await write('gu', { key: 'languages.shared', params: { languages: ['gu'] } })).toBe('બંને ગુજરાતી બોલે છે');
    expect(await write('ur', { key: 'place.sameDistrict', params: { district: 'AHM' } })).toBe('ایک ہی ضلع (احمد آباد)');
  });

  it("writes another report's claim on a candidate", async () => {
    expect(await write('en', { key: 'claims.other', params: { share: 93 } })).toBe('another report of the same kind matches this one strongly (93%): it may be that child');
    expect(await write('gu', { key: 'claims.other', params: { share: 93 } })).toBe('એ જ પ્રકારનો બીજો રિપોર્ટ આની સાથે વધુ મેળ ખાય છે (93%): બાળક એ જ હોઈ શકે');
  });

  it('notes a child found at a railway station', async () => {
    expect(await write('en', { key: 'place.sameDistrict', params: { district: 'AHM', note: 'station' } })).toBe('same district (Ahmedabad), found at a railway station: counts less');
    expect(await write('hi', { key: 'place.sameDistrict', params: { district: 'AHM' } })).toBe('एक ही ज़िला (Ahmedabad)');
  });

  it('gives nothing for a reason the app has no text for', async () => {
    expect(await write('gu', { key: 'name.somethingNew', params: {} })).toBeUndefined();
  });
});
