// Tests for the estimated weights: rarity of names, languages and mark types, and the shapes of the date, age,
// name and height curves (each would fail with the earlier hand-set weights).
import { describe, expect, it } from 'vitest';
import { createMatchIndex, findCandidates } from './matchIndex';
import type { ChildReport } from './profile';
import { scoreMatch, typicalNameFrequency, type FeatureName, type ScoreOptions } from './score';

const missing = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'missing', ...fields });
const found = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'found', ...fields });
const base = { name: 'Sunita Das', age: 10, sex: 'female', date: '2024-03-01', district: 'HOW', state: 'WB' } as const;

const points = (feature: FeatureName, m: Partial<ChildReport>, f: Partial<ChildReport>, options?: ScoreOptions): number =>
  scoreMatch(missing('m', { ...base, ...m }), found('f', { ...base, date: '2024-03-05', ...f }), options).features.find((x) => x.feature === feature)!.points;

describe('rarity', () => {
  it('counts a rare name agreeing for more than a common one, and a typical one in between', () => {
    const rare = points('name', {}, {}, { nameFrequency: () => 0.0002 });
    const common = points('name', {}, {}, { nameFrequency: () => 0.05 });
    const typical = points('name', {}, {});
    expect(rare).toBeGreaterThan(typical + 2);
    expect(common).toBeLessThan(typical - 2);
    expect(points('name', {}, {}, { nameFrequency: () => typicalNameFrequency })).toBeCloseTo(typical, 5);
  });

  it('takes name frequencies from the index and explains them', () => {
    // 400 boys called Rahul among 3,000 reports with many other names.
    const syllables = ['ka', 'ma', 'ra', 'si', 'tu', 'no', 'pe', 'lo'];
    const other = (i: number): string => ['Bi', 'De', 'Go', 'Hu'][i % 4]! + syllables[(i >> 2) % 8]! + syllables[(i >> 5) % 8]! + syllables[(i >> 8) % 8]!;
    const reports = Array.from({ length: 3000 }, (_, i) =>
      missing(`r${i}`, { name: `${i < 400 ? 'Rahul' : other(i)} ${['Das', 'Roy', 'Saha', 'Pal'][i % 4]}`, age: 12, sex: 'male', date: '2023-01-01', district: `D${i % 20}`, state: 'WB' }),
    );
    const index = createMatchIndex([...reports, missing('j', { name: 'Jignesh Vaghela', age: 12, sex: 'male', date: '2023-01-01', district: 'D1', state: 'WB' })]);
    expect(index.nameFrequency('rahul')).toBeGreaterThan(typicalNameFrequency * 10);
    expect(index.nameFrequency('jignes')).toBeLessThan(typicalNameFrequency);
    const query = { age: 12, sex: 'male', date: '2023-02-01', district: 'D1', state: 'WB' } as const;
    const rare = findCandidates(index, found('f1', { ...query, name: 'જીગ્નેશ' }))[0]!;
    const common = findCandidates(index, found('f2', { ...query, name: 'Rahul' }))[0]!;
    expect(rare.id).toBe('j');
    expect(rare.features.find((x) => x.feature === 'name')!.explanation).toMatch(/a rare name/);
    expect(common.features.find((x) => x.feature === 'name')!.explanation).toMatch(/a common name/);
    expect(rare.score).toBeGreaterThan(common.score);
  });

  it('counts a shared rare language (Santali) for more than a shared Hindi, from the index', () => {
    const index = createMatchIndex(Array.from({ length: 1000 }, (_, i) => missing(`r${i}`, { languages: i % 20 === 0 ? ['sat', 'hi'] : ['hi'] })));
    const options = index.scoreOptions;
    const santali = points('languages', { languages: ['sat', 'hi'] }, { languages: ['sat'] }, options);
    const hindi = points('languages', { languages: ['sat', 'hi'] }, { languages: ['hi'] }, options);
    expect(santali).toBeGreaterThan(hindi + 2);
    expect(hindi).toBeGreaterThan(0);
  });

  it('counts the same tattoo in the same place for more than the same mole, from the index', () => {
    const index = createMatchIndex(Array.from({ length: 1000 }, (_, i) => missing(`r${i}`, { identificationMarks: i % 25 === 0 ? 'tattoo on left arm' : 'mole on left cheek' })));
    const tattoo = points('marks', { identificationMarks: 'tattoo on left arm' }, { identificationMarks: 'tattoo on the left arm' }, index.scoreOptions);
    const mole = points('marks', { identificationMarks: 'mole on left arm' }, { identificationMarks: 'mole on the left arm' }, index.scoreOptions);
    expect(tattoo).toBeGreaterThan(mole + 2);
  });
});

describe('curves estimated on the tuning seed', () => {
  it('dates: a month is strong evidence, three months about neutral, over a year against', () => {
    expect(points('dates', {}, { date: '2024-03-21' })).toBeGreaterThan(2);
    expect(Math.abs(points('dates', {}, { date: '2024-06-09' }))).toBeLessThan(0.5);
    expect(points('dates', {}, { date: '2025-04-05', age: 11 })).toBeLessThan(-1.5);
  });

  it('age: an estimate 1.5 years off still counts for most of an exact one', () => {
    // Expected age 10.5; apparent age 12 is stored as 12.5, two years off; 11 as 11.5, one year off.
    expect(points('age', {}, { age: 11 })).toBeGreaterThan(1.5);
    expect(points('age', {}, { age: 12 })).toBeGreaterThan(1);
  });

  it('name: a different given name ("Anita" for "Sunita") counts strongly against', () => {
    expect(points('name', {}, { name: 'Anita' })).toBeLessThan(-4);
  });

  it('height: 6 cm outside the growth tolerance counts against', () => {
    expect(points('height', { heightCm: 130 }, { heightCm: 141 })).toBeLessThan(-1);
  });
});
