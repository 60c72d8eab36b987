import { describe, expect, it } from 'vitest';
import { createMatchIndex, findCandidates, type MatchIndex } from './matchIndex';
import { toMatchProfile, type ChildReport } from './profile';
import { scoreMatch } from './score';

const missing = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'missing', ...fields });
const found = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'found', ...fields });

// Look-alikes: similar names, same district, close ages, so a wrong transliteration or weighting shows up in ranks.
function distractors(): ChildReport[] {
  const names = ['Anita Das', 'Sumita Das', 'Sunil Das', 'Sunaina Ghosh', 'Suman Das', 'Rakesh Kumar', 'Rajendra Kumar', 'Ramesh Kumar', 'Rajiv Kumar', 'Rajani Kumari', 'Sonia Das', 'Vinita Das'];
  const out: ChildReport[] = [];
  names.forEach((name, i) => {
    for (const district of ['HOW', 'KOL']) {
      out.push(missing(`d${i}-${district}`, { name, age: 9 + (i % 4), sex: /Sunil|Suman|Rakesh|Rajendra|Ramesh|Rajiv/.test(name) ? 'male' : 'female', date: '2024-03-01', district, state: 'WB', place: 'Howrah station' }));
    }
  });
  return out;
}

function indexWith(...reports: ChildReport[]): MatchIndex {
  return createMatchIndex([...distractors(), ...reports]);
}

const sunitaLatin = missing('m-sunita', { name: 'Sunita Das', age: 10, sex: 'female', date: '2024-03-01', district: 'HOW', state: 'WB', languages: ['bn'] });
const rajeshLatin = missing('m-rajesh', { name: 'Rajesh Kumar', age: 12, sex: 'male', date: '2024-03-01', district: 'HOW', state: 'WB' });

describe('matching across scripts', () => {
  it.each([
    ['Bengali', 'সুনীতা'],
    ['Gujarati', 'સુનિતા'],
    ['Devanagari', 'सुनीता'],
  ])('a found report written in %s script finds the missing report written in Latin', (_script, name) => {
    // Found in Howrah, where "Sumita Das" and "Anita Das" are missing too: only the name tells them apart.
    const index = indexWith(sunitaLatin);
    const results = findCandidates(index, found('f1', { name, age: 11, sex: 'female', date: '2024-03-10', district: 'HOW', state: 'WB' }));
    expect(results[0]?.id).toBe('m-sunita');
  });

  it.each([
    ['Bengali', 'রাজেশ কুমার'],
    ['Gujarati', 'રાજેશ કુમાર'],
    ['Devanagari', 'राजेश कुमार'],
  ])('"Rajesh Kumar" in %s script finds the Latin report, not the other Kumars', (_script, name) => {
    const index = indexWith(rajeshLatin);
    const results = findCandidates(index, found('f1', { name, age: 12, sex: 'male', date: '2024-03-05', district: 'HOW', state: 'WB' }));
    expect(results[0]?.id).toBe('m-rajesh');
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('the other way round: a found report in Latin finds the missing report written in Bengali, and a missing report finds found reports', () => {
    const index = indexWith(missing('m-bn', { name: 'সুনীতা দাস', age: 10, sex: 'female', date: '2024-03-01', district: 'HOW', state: 'WB' }));
    expect(findCandidates(index, found('f-latin', { name: 'Suneeta Das', age: 10, sex: 'female', date: '2024-04-01', district: 'HOW', state: 'WB' }))[0]?.id).toBe('m-bn');

    index.add(found('f-gu', { name: 'સુનિતા દાસ', age: 11, sex: 'female', date: '2024-03-20', district: 'HOW', state: 'WB' }));
    index.add(found('f-other', { name: 'Anita Das', age: 11, sex: 'female', date: '2024-03-20', district: 'HOW', state: 'WB' }));
    const results = findCandidates(index, missing('m-query', { name: 'Sunita Das', age: 10, sex: 'female', date: '2024-03-01', district: 'HOW', state: 'WB' }));
    expect(results.map((r) => r.profile.kind)).not.toContain('missing');
    expect(results[0]?.id).toBe('f-gu');
  });

  it('tolerates spelling variants: ee/i, oo/u, v/w/b, sh/s, doubled letters, a dropped vowel, swapped letters', () => {
    const index = createMatchIndex([
      missing('m1', { name: 'Pooja Shah', age: 12, sex: 'female', date: '2024-01-01', state: 'GJ' }),
      missing('m2', { name: 'Vikas Yadav', age: 14, sex: 'male', date: '2024-01-01', state: 'JH' }),
      missing('m3', { name: 'Priya Patel', age: 12, sex: 'female', date: '2024-01-01', state: 'GJ' }),
      missing('m4', { name: 'Anil Soren', age: 14, sex: 'male', date: '2024-01-01', state: 'JH' }),
    ]);
    const top = (name: string, sex: 'male' | 'female'): string | undefined => findCandidates(index, found('f', { name, sex, date: '2024-02-01' }))[0]?.id;
    expect(top('Puja Sha', 'female')).toBe('m1');
    expect(top('Bikash Jadav', 'male')).toBe('m2');
    expect(top('Wikas Yaadav', 'male')).toBe('m2');
    expect(top('Priyya Ptel', 'female')).toBe('m3');
    expect(top('Aneel Sorne', 'male')).toBe('m4');
  });
});

describe('scoring', () => {
  const base = { name: 'Sunita Das', age: 10, sex: 'female', date: '2024-03-01', district: 'HOW', state: 'WB' } as const;

  it('ranks a sex mismatch below an otherwise identical report', () => {
    const index = createMatchIndex([missing('girl', base), missing('boy', { ...base, sex: 'male' })]);
    const results = findCandidates(index, found('f', { ...base, date: '2024-03-05' }));
    expect(results.map((r) => r.id)).toEqual(['girl', 'boy']);
    expect(results[1]!.score).toBeLessThan(results[0]!.score - 0.5);
    const sex = results[1]!.features.find((f) => f.feature === 'sex')!;
    expect(sex.points).toBeLessThan(-3);
    expect(sex.explanation).toMatch(/mismatch/);
  });

  it('treats transgender as compatible with either sex, as a weak signal', () => {
    const s = scoreMatch(missing('m', { ...base, sex: 'transgender' }), found('f', { ...base, sex: 'female', date: '2024-03-05' }));
    const sex = s.features.find((f) => f.feature === 'sex')!;
    expect(sex.points).toBeGreaterThan(0);
    expect(sex.points).toBeLessThan(0.5);
  });

  it('excludes a found report dated before the missing date', () => {
    const index = createMatchIndex([missing('later', { ...base, date: '2024-05-01' }), missing('earlier', { ...base, name: 'Sunita Ghosh', date: '2024-02-01' })]);
    const results = findCandidates(index, found('f', { ...base, date: '2024-04-01' }));
    expect(results.map((r) => r.id)).toEqual(['earlier']);
    const direct = scoreMatch(missing('later', { ...base, date: '2024-05-01' }), found('f', { ...base, date: '2024-04-01' }));
    expect(direct.excluded).toBe(true);
    expect(direct.score).toBe(0);
    expect(direct.features.find((f) => f.feature === 'dates')!.explanation).toMatch(/before going missing/);
  });

  it('prefers a found date soon after the missing date to one years later', () => {
    const soon = scoreMatch(missing('m', base), found('f', { ...base, date: '2024-03-10' }));
    const late = scoreMatch(missing('m', base), found('f', { ...base, age: 12, date: '2026-03-10' }));
    expect(soon.score).toBeGreaterThan(late.score);
  });

  it('matches a nameless found child on age, sex, place and identification marks', () => {
    const index = createMatchIndex([
      missing('true', { name: 'Rupa Mondal', age: 4, sex: 'female', date: '2024-06-01', district: 'HOW', state: 'WB', identificationMarks: 'mole on left cheek, burn mark on right hand', heightCm: 100 }),
      missing('wrong-mark', { name: 'Tumpa Das', age: 4, sex: 'female', date: '2024-06-01', district: 'HOW', state: 'WB', identificationMarks: 'scar on forehead', heightCm: 101 }),
      missing('wrong-sex', { name: 'Bubai Das', age: 4, sex: 'male', date: '2024-06-01', district: 'HOW', state: 'WB', identificationMarks: 'mole on left cheek' }),
      missing('wrong-age', { name: 'Piyali Roy', age: 11, sex: 'female', date: '2024-06-01', district: 'HOW', state: 'WB', identificationMarks: 'mole on left cheek' }),
      missing('elsewhere', { name: 'Mou Saha', age: 4, sex: 'female', date: '2024-06-01', district: 'DAR', state: 'WB' }),
    ]);
    const results = findCandidates(index, found('f', { age: 5, sex: 'female', date: '2024-06-03', district: 'HOW', state: 'WB', identificationMarks: 'বাঁ গালে তিল' }));
    expect(results[0]?.id).toBe('true');
    const marks = results[0]!.features.find((f) => f.feature === 'marks')!;
    expect(marks.points).toBeGreaterThan(2);
    expect(results.findIndex((r) => r.id === 'wrong-sex')).toBeGreaterThan(results.findIndex((r) => r.id === 'wrong-mark'));
    expect(results.find((r) => r.id === 'wrong-age')?.score ?? 0).toBeLessThan(results[0]!.score);
  });

  it('explains every feature, and leaves absent ones neutral', () => {
    const s = scoreMatch(
      missing('m', { ...base, heightCm: 130, languages: ['bn'], identificationMarks: 'mole on left cheek', place: 'Howrah station' }),
      found('f', { name: 'সুনীতা', age: 11, sex: 'female', date: '2024-03-20', district: 'HOW', state: 'WB', languages: ['bn', 'hi'], identificationMarks: 'বাঁ গালে তিল', place: 'Howrah' }),
    );
    const byName = Object.fromEntries(s.features.map((f) => [f.feature, f]));
    for (const feature of ['name', 'age', 'sex', 'dates', 'place', 'languages', 'marks']) {
      expect(byName[feature]!.points, feature).toBeGreaterThan(0);
      expect(byName[feature]!.explanation.length, feature).toBeGreaterThan(5);
      expect(byName[feature]!.weight, feature).toBeGreaterThan(0);
    }
    expect(byName.name!.explanation).toContain('সুনীতা');
    expect(byName.height!.points).toBe(0);
    expect(byName.height!.explanation).toMatch(/neutral/);
    expect(s.score).toBeGreaterThan(0.9);
    expect(s.score).toBeLessThanOrEqual(1);
  });

  it('does not penalise missing fields: a sparse report scores between a contradicting and a full one', () => {
    const m = missing('m', { ...base, heightCm: 130, identificationMarks: 'mole on left cheek' });
    const full = scoreMatch(m, found('f', { ...base, date: '2024-03-05', heightCm: 131, identificationMarks: 'mole on the left cheek' })).score;
    const sparse = scoreMatch(m, found('f', { ...base, date: '2024-03-05' })).score;
    const contradicting = scoreMatch(m, found('f', { ...base, date: '2024-03-05', heightCm: 165, identificationMarks: 'tattoo on the back' })).score;
    expect(full).toBeGreaterThan(sparse);
    expect(sparse).toBeGreaterThan(contradicting);
  });

  it('penalises an age far outside the ±2 year tolerance and accepts one within it', () => {
    const within = scoreMatch(missing('m', base), found('f', { ...base, age: 12, date: '2024-03-05' }));
    const far = scoreMatch(missing('m', base), found('f', { ...base, age: 16, date: '2024-03-05' }));
    expect(within.features.find((f) => f.feature === 'age')!.points).toBeGreaterThan(0);
    expect(far.features.find((f) => f.feature === 'age')!.points).toBeLessThan(-1);
  });

  it('counts a pet name that is not on the missing report only weakly against, and a different real name strongly', () => {
    const m = missing('m', { ...base, name: 'Ajay Das', sex: 'male' });
    const pet = scoreMatch(m, found('f', { ...base, name: 'গুড্ডু', sex: 'male', date: '2024-03-05' })).features.find((f) => f.feature === 'name')!;
    const other = scoreMatch(m, found('f', { ...base, name: 'Vikram', sex: 'male', date: '2024-03-05' })).features.find((f) => f.feature === 'name')!;
    expect(pet.points).toBe(-1);
    expect(pet.explanation).toMatch(/pet name/);
    expect(other.points).toBeLessThan(-2);
  });

  it('reads other names and "urf" aliases', () => {
    const p = toMatchProfile(missing('m', { name: 'Rahul Das urf Guddu', otherNames: 'Bablu' }));
    expect(p.names).toEqual([['rahul', 'das'], ['gudu'], ['bablu']]);
    const s = scoreMatch(p, found('f', { name: 'गुड्डू' }));
    expect(s.features.find((f) => f.feature === 'name')!.score).toBe(1);
  });
});

describe('blocking index', () => {
  it('scores a small share of a large index, and still finds the pair', () => {
    const reports: ChildReport[] = [];
    const first = ['Amit', 'Sunil', 'Ravi', 'Imran', 'Birsa', 'Hardik', 'Souvik', 'Mukesh', 'Ganesh', 'Kishan'];
    const last = ['Patel', 'Das', 'Munda', 'Khan', 'Ghosh', 'Shah', 'Soren', 'Yadav', 'Roy', 'Mahato'];
    const districts = Array.from({ length: 30 }, (_, i) => `D${i}`).concat('SUR');
    for (let i = 0; i < 3000; i++) {
      reports.push(missing(`m${i}`, { name: `${first[i % 10]}${i % 7 === 0 ? '' : 'a'} ${last[(i * 7) % 10]}`, age: i % 18, sex: i % 2 ? 'male' : 'female', date: '2024-01-01', district: districts[i % 31], state: 'XX' }));
    }
    reports.push(missing('needle', { name: 'Jignesh Vaghela', age: 13, sex: 'male', date: '2024-01-01', district: 'AHM', state: 'GJ' }));
    const index = createMatchIndex(reports);
    const query = toMatchProfile(found('f', { name: 'જીગ્નેશ વાઘેલા', age: 14, sex: 'male', date: '2024-02-01', district: 'SUR', state: 'GJ' }));
    expect(index.candidates(query).length).toBeLessThan(100);
    expect(findCandidates(index, query)[0]?.id).toBe('needle');
  });

  it('caps the candidates passed on for scoring', () => {
    const index = createMatchIndex(Array.from({ length: 500 }, (_, i) => missing(`m${i}`, { name: 'Sunita Das', age: 10, sex: 'female', date: '2024-01-01', district: 'HOW', state: 'WB' })));
    expect(index.candidates(found('f', { name: 'Sunita', date: '2024-02-01' }), { cap: 50 })).toHaveLength(50);
    expect(findCandidates(index, found('f', { name: 'Sunita', date: '2024-02-01' }), { limit: 3 })).toHaveLength(3);
  });

  it('removes and replaces reports by id', () => {
    const index = createMatchIndex([sunitaLatin]);
    const query = found('f', { name: 'Sunita', sex: 'female', date: '2024-03-05' });
    expect(findCandidates(index, query).map((r) => r.id)).toEqual(['m-sunita']);
    index.add({ ...sunitaLatin, name: 'Kavita Das' });
    expect(index.size).toBe(1);
    expect(findCandidates(index, query, { minScore: 0.5 })).toEqual([]);
    expect(index.remove('m-sunita')).toBe(true);
    expect(index.remove('m-sunita')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.candidates(query)).toEqual([]);
    expect(index.stats().blocks).toBe(0);
  });

  it('returns only reports of the other kind', () => {
    const index = createMatchIndex([sunitaLatin, found('f-old', { name: 'Sunita Das', sex: 'female', date: '2024-03-05' })]);
    expect(findCandidates(index, found('f', { name: 'Sunita', date: '2024-03-06' })).map((r) => r.id)).toEqual(['m-sunita']);
  });
});
