// What a found child tells and where it was found: father's name across scripts, home village or town, a
// neighbouring district, a pet name made from the given name.
import { describe, expect, it } from 'vitest';
import { createMatchIndex, findCandidates } from './matchIndex';
import { isPetNameOf, nameTokens } from './phonetic';
import { homeTokens, type ChildReport } from './profile';
import { scoreMatch } from './score';

const missing = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'missing', age: 10, sex: 'male', date: '2024-03-01', district: 'DHN', state: 'JH', ...fields });
const found = (fields: Partial<ChildReport>): ChildReport => ({ id: 'F', kind: 'found', age: 10, sex: 'male', date: '2024-03-20', district: 'DHN', state: 'JH', ...fields });
const points = (m: ChildReport, f: ChildReport, feature: string, options = {}) => scoreMatch(m, f, options).features.find((x) => x.feature === feature)!.points;

describe("father's name", () => {
  it('agrees across scripts and spellings, and a first name alone agrees with a full name', () => {
    const m = missing('M', { fatherName: 'Budhram Soren' });
    expect(points(m, found({ fatherName: 'बुधराम' }), 'fatherName')).toBeGreaterThan(1.5);
    expect(points(m, found({ fatherName: 'Budhuram Soren' }), 'fatherName')).toBeGreaterThan(1);
    expect(points(m, found({ fatherName: 'Salim Ansari' }), 'fatherName')).toBeLessThan(-1);
    expect(points(m, found({}), 'fatherName')).toBe(0);
  });

  it('counts a rare father name agreeing for more than a common one', () => {
    const fathers = [...Array.from({ length: 300 }, (_, i) => missing(`r${i}`, { fatherName: 'Ramesh Mahto' })), missing('b', { fatherName: 'Budhram Soren' })];
    const index = createMatchIndex(fathers);
    const rare = points(index.get('b')!, found({ fatherName: 'Budhram' }), 'fatherName', index.scoreOptions);
    const common = points(index.get('r0')!, found({ fatherName: 'Ramesh' }), 'fatherName', index.scoreOptions);
    expect(rare).toBeGreaterThan(common + 1);
  });
});

describe('home village or town', () => {
  it('drops address words in any script and keeps place names', () => {
    expect(homeTokens('Vill. Kusumdih, P.O. Baliapur, Dist. Dhanbad')).toEqual(['kusumdih', 'baliapur', 'dambad']);
    expect(homeTokens('গ্রাম কুসুমডিহি, জেলা ধানবাদ')).toHaveLength(2);
  });

  it('a village the child names agrees with the home on the missing report, in another script, and a different one counts against', () => {
    const m = missing('M', { homeTown: 'Vill. Kusumdih, Dist. Dhanbad' });
    expect(points(m, found({ homeTown: 'कुसुमडीह' }), 'homeTown')).toBeGreaterThan(1);
    expect(points(m, found({ homeTown: 'Kusumdi' }), 'homeTown')).toBeGreaterThan(0.5);
    expect(points(m, found({ homeTown: 'Chandankiyari' }), 'homeTown')).toBeLessThan(0);
  });

  it('a village few reports name says more than the district every report from there names', () => {
    const reports = [...Array.from({ length: 2000 }, (_, i) => missing(`d${i}`, { homeTown: `Vill. Place${String.fromCharCode(97 + (i % 26))}${i}, Dist. Dhanbad` })), missing('k', { homeTown: 'Vill. Kusumdih, Dist. Dhanbad' })];
    const index = createMatchIndex(reports);
    const village = points(index.get('k')!, found({ homeTown: 'Kusumdih' }), 'homeTown', index.scoreOptions);
    const district = points(index.get('k')!, found({ homeTown: 'Dhanbad' }), 'homeTown', index.scoreOptions);
    expect(village).toBeGreaterThan(district + 1.5);
  });
});

describe('neighbouring districts', () => {
  const neighbours = { JH: { DHN: ['BOK', 'GIR', 'JAM'] } };
  it('a child found in a district bordering home scores between home and elsewhere in the state, either way round', () => {
    const index = createMatchIndex([], { neighbours });
    const m = missing('M', { name: 'Sahil Ansari' });
    const at = (district: string) => points(m, found({ name: 'Sahil Ansari', district }), 'place', index.scoreOptions);
    expect(at('DHN')).toBeGreaterThan(at('BOK'));
    expect(at('BOK')).toBeGreaterThan(at('RAN'));
    expect(points(missing('M2', { district: 'BOK' }), found({ district: 'DHN' }), 'place', index.scoreOptions)).toBe(at('BOK'));
    expect(scoreMatch(m, found({ district: 'BOK' }), index.scoreOptions).features.find((x) => x.feature === 'place')!.explanation).toMatch(/neighbouring/);
    // Without the table, a neighbouring district is just another district of the state.
    expect(points(m, found({ name: 'Sahil Ansari', district: 'BOK' }), 'place')).toBe(at('RAN'));
  });

  it('keeps the reports of a bordering district before the rest of the state when a nameless report must cut candidates', () => {
    // Missing boys of the same age across Jharkhand; the found boy, in Dhanbad, gives no name.
    const far = ['RAN', 'PAL', 'GAR', 'LAT', 'GUM'].map((d, i) => missing(`far${i}`, { district: d }));
    const index = createMatchIndex([...far, missing('next', { district: 'BOK' })], { neighbours });
    expect(index.candidates(found({}), { cap: 1 }).map((c) => c.id)).toEqual(['next']);
    // Without the table nothing puts Bokaro first.
    expect(createMatchIndex([...far, missing('next', { district: 'BOK' })]).candidates(found({}), { cap: 1 }).map((c) => c.id)).not.toEqual(['next']);
  });
});

describe('found at a railway station', () => {
  const neighbours = { JH: { DHN: ['BOK', 'GIR', 'JAM'] } };
  it('the same district and next door count less than for a child found elsewhere, in any script, and the reason says so', () => {
    const index = createMatchIndex([], { neighbours });
    const m = missing('M', { name: 'Sahil Ansari' });
    const at = (district: string, place: string) => points(m, found({ name: 'Sahil Ansari', district, place }), 'place', index.scoreOptions);
    expect(at('DHN', 'Dhanbad Junction, platform 2')).toBeLessThan(at('DHN', 'Bank More') - 1.5);
    expect(at('DHN', 'धनबाद स्टेशन')).toBe(at('DHN', 'Railway Station, Dhanbad'));
    expect(at('BOK', 'বোকারো স্টেশন')).toBeLessThan(at('BOK', 'Chas'));
    // Still more than elsewhere in the state, and another state counts against as for any child.
    expect(at('DHN', 'Dhanbad Junction')).toBeGreaterThan(at('RAN', 'Hatia station'));
    expect(at('RAN', 'Hatia station')).toBe(at('RAN', 'Kanke'));
    const place = scoreMatch(m, found({ district: 'DHN', place: 'Railway Station, Dhanbad' }), index.scoreOptions).features.find((x) => x.feature === 'place')!;
    expect(place.reason).toEqual({ key: 'place.sameDistrict', params: { district: 'DHN', note: 'station' } });
    expect(place.explanation).toMatch(/railway station/);
  });
});

describe('pet names made from given names', () => {
  it('links Raju to Rajesh, Sunu to Sunita, Pinki to Priyanka, in any script; not a generic pet name or an unrelated name', () => {
    const link = (pet: string, given: string) => isPetNameOf(nameTokens(pet)[0]!, nameTokens(given)[0]!);
    expect(link('Raju', 'Rajesh')).toBe(true);
    expect(link('রাজু', 'Rajkumar')).toBe(true);
    expect(link('Sunu', 'सुनीता')).toBe(true);
    expect(link('Pinky', 'Priyanka')).toBe(true);
    expect(link('Guddu', 'Gudiya')).toBe(false);
    expect(link('Raju', 'Ramesh')).toBe(false);
    expect(link('Rajesh', 'Rajeshwar')).toBe(false);
  });

  it('ranks the child whose name the pet name comes from above look-alikes with other names', () => {
    const others = ['Ramesh Mahto', 'Suresh Mahto', 'Dinesh Mahto', 'Mukesh Mahto'].map((name, i) => missing(`o${i}`, { name }));
    const index = createMatchIndex([...others, missing('rajesh', { name: 'Rajesh Mahto' })]);
    const top = findCandidates(index, found({ name: 'Raju' }), { limit: 5 });
    expect(top[0]!.id).toBe('rajesh');
    expect(top[0]!.features.find((x) => x.feature === 'name')!.explanation).toMatch(/pet name made from/);
  });
});
