// Clothing, complexion and build: parsed from any of the four languages and scripts, and what they add to a score.
import { describe, expect, it } from 'vitest';
import { buildOf, clothingSimilarity, complexionOf, complexionSteps, parseClothing } from './clothing';
import { disabilitiesOf } from './disability';
import { createMatchIndex, findCandidates } from './matchIndex';
import type { ChildReport } from './profile';
import { scoreMatch } from './score';

describe('clothing', () => {
  it('reads the same clothes in English, Hindi, Bengali and Gujarati', () => {
    const expected = [
      { colour: 'blue', garment: 'shirt' },
      { colour: 'black', garment: 'shorts' },
    ];
    expect(parseClothing('Blue shirt and black half pant')).toEqual(expected);
    expect(parseClothing('नीली शर्ट और काली हाफ पैंट')).toEqual(expected);
    expect(parseClothing('নীল জামা ও কালো হাফপ্যান্ট')).toEqual(expected);
    expect(parseClothing('વાદળી શર્ટ અને કાળી હાફ પેન્ટ')).toEqual(expected);
  });

  it('keeps a colour written after its garment, ignores pattern words, and reads a school uniform', () => {
    expect(parseClothing('checked shirt (blue), torn jeans')).toEqual([{ garment: 'shirt', colour: 'blue' }, { garment: 'jeans' }]);
    expect(parseClothing('school uniform (white shirt, navy blue pant)')).toEqual([{ garment: 'uniform' }, { colour: 'white', garment: 'shirt' }, { colour: 'navy', garment: 'trousers' }]);
    expect(parseClothing('nothing we know')).toEqual([]);
  });

  it('agrees fully on the same garment and colour, partly on a near colour or garment, not on other clothes', () => {
    const red = parseClothing('red frock');
    expect(clothingSimilarity(red, parseClothing('लाल फ्रॉक')).best).toBe(1);
    expect(clothingSimilarity(red, parseClothing('maroon frock')).best).toBeCloseTo(0.6);
    expect(clothingSimilarity(parseClothing('blue shirt'), parseClothing('blue T-shirt')).best).toBeCloseTo(0.75);
    expect(clothingSimilarity(red, parseClothing('green salwar suit')).best).toBe(0);
    const two = clothingSimilarity(parseClothing('blue shirt, black half pant'), parseClothing('নীল জামা, কালো হাফপ্যান্ট'));
    expect(two).toEqual({ best: 1, second: 1 });
  });
});

describe('complexion and build', () => {
  it("reads each state's choices and the words for them", () => {
    expect(['fair', 'गोरा', 'ফর্সা', 'ગોરો'].map(complexionOf)).toEqual(['fair', 'fair', 'fair', 'fair']);
    expect(['wheatish', 'गेहुँआ', 'উজ্জ্বল শ্যামবর্ণ', 'ઘઉંવર્ણો'].map(complexionOf)).toEqual(['wheatish', 'wheatish', 'wheatish', 'wheatish']);
    expect(complexionOf('dusky')).toBe('dusky');
    expect(['thin', 'slim', 'पतला', 'রোগা', 'પાતળો'].map(buildOf)).toEqual(['slim', 'slim', 'slim', 'slim', 'slim']);
    expect(complexionOf('unknown')).toBeUndefined();
    expect(complexionSteps('dusky', 'dark')).toBe(0.5);
  });

  it('counts the same complexion a little for, and fair against dark clearly against', () => {
    const m: ChildReport = { id: 'M', kind: 'missing', complexion: 'fair', build: 'heavy' };
    const points = (f: Partial<ChildReport>, feature: string) => scoreMatch(m, { id: 'F', kind: 'found', ...f }, {}).features.find((x) => x.feature === feature)!.points;
    expect(points({ complexion: 'fair' }, 'complexion')).toBeGreaterThan(0);
    expect(points({ complexion: 'wheatish' }, 'complexion')).toBeGreaterThan(points({ complexion: 'dark' }, 'complexion'));
    expect(points({ complexion: 'dark' }, 'complexion')).toBeLessThan(-1);
    expect(points({ build: 'thin' }, 'build')).toBeLessThan(points({ build: 'heavy' }, 'build'));
    expect(points({}, 'complexion')).toBe(0);
  });
});

describe('a nameless found child', () => {
  // A four-year-old who cannot say its name, found four days later in the same district: the missing children of
  // that age and sex differ only in what they wore.
  const base = { kind: 'missing' as const, age: 4, sex: 'female', date: '2024-06-01', district: 'RAN', state: 'JH', name: 'x' };
  const names = ['Sunita Oraon', 'Anita Munda', 'Rita Toppo', 'Gita Kumari', 'Sita Lakra', 'Mina Tirkey', 'Puja Kujur'];
  const missing: ChildReport[] = [
    ...names.map((name, i) => ({ ...base, id: `M${i}`, name, clothing: ['yellow frock', 'blue shirt, black half pant', 'green salwar suit', 'pink top and blue skirt', 'white frock', 'red T-shirt', 'orange frock'][i] })),
    { ...base, id: 'TRUE', name: 'Lalita Horo', clothing: 'लाल फ्रॉक' },
  ];
  const found: ChildReport = { id: 'F', kind: 'found', age: 4, sex: 'female', date: '2024-06-05', district: 'RAN', state: 'JH', clothing: 'red frock, torn' };

  it('is matched by the red frock written in Hindi on the missing report', () => {
    const index = createMatchIndex(missing);
    const top = findCandidates(index, found, { limit: 3 });
    expect(top[0]!.id).toBe('TRUE');
    expect(top[0]!.score).toBeGreaterThan(top[1]!.score);
    const clothing = top[0]!.features.find((f) => f.feature === 'clothing')!;
    expect(clothing.points).toBeGreaterThan(0.5);
    expect(clothing.explanation).toContain('agree');
  });

  it('counts other clothes a few days after going missing against, and months after hardly at all', () => {
    const soon = scoreMatch(missing[0]!, found, {}).features.find((f) => f.feature === 'clothing')!.points;
    const later = scoreMatch(missing[0]!, { ...found, date: '2024-12-05' }, {}).features.find((f) => f.feature === 'clothing')!.points;
    expect(soon).toBeLessThan(later);
    expect(later).toBeGreaterThan(-0.5);
  });
});

describe('disabilities', () => {
  it("reads a form's choices and the words families and officers write, in any script", () => {
    expect(disabilitiesOf(['hearing', 'speech'])).toEqual(['hearing', 'speech']);
    expect(disabilitiesOf('deaf and dumb')).toEqual(['hearing', 'speech']);
    expect(disabilitiesOf('बच्चा गूंगा और बहरा है')).toEqual(['hearing', 'speech']);
    expect(disabilitiesOf('মানসিক ভারসাম্যহীন')).toEqual(['intellectual']);
    expect(disabilitiesOf('mentally challenged, walks with a limp')).toEqual(['intellectual']);
    expect(disabilitiesOf(null)).toEqual([]);
  });

  it('counts the same disability for, a found child who cannot hear against a report that says nothing of it, and is neutral when neither says', () => {
    const m = (disabilities?: string[]): ChildReport => ({ id: 'M', kind: 'missing', ...(disabilities ? { disabilities } : {}) });
    const f = (disabilities?: string[]): ChildReport => ({ id: 'F', kind: 'found', ...(disabilities ? { disabilities } : {}) });
    const points = (a: ChildReport, b: ChildReport) => scoreMatch(a, b, {}).features.find((x) => x.feature === 'disability')!.points;
    expect(points(m(['hearing', 'speech']), f(['speech']))).toBeGreaterThan(1.5);
    expect(points(m(), f(['hearing']))).toBeLessThan(0);
    expect(points(m(['intellectual']), f(['hearing']))).toBeLessThan(points(m(['intellectual']), f()));
    expect(points(m(), f())).toBe(0);
  });
});
