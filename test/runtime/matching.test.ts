// Matching through the API on the embedded database: across scripts and districts, across states only where both
// states allow it, confirm and reject (histories, audit, workflows), what another district sees, likely-match alerts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
const clients: Record<string, Client> = {};
const as = async (username: string) => (clients[username] ??= await demoClient(server, username));

/** Creates a report through the API and returns its id. */
async function report(username: string, recordType: 'missingChild' | 'foundChild', district: string, data: Record<string, unknown>, mode: 'draft' | 'complete' = 'complete'): Promise<string> {
  const client = await as(username);
  const created = await client.json('POST', '/api/records', { recordType, district, form: { data, mode } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.record.id as string;
}

async function matchesOf(username: string, id: string) {
  const response = await (await as(username)).json('GET', `/api/records/${id}/matches?lang=en`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.matches as any[];
}

const candidate = (matches: any[], status = 'suggested') => matches.filter((m) => m.status === status);

beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

describe('matching across scripts and districts', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Kolkata: a missing girl reported in Latin script; Darjeeling: a found girl reported in Bengali.
    ids.missingLatin = await report('wb.police.kol', 'missingChild', 'KOL', {
      child: { name: 'Sunita Mondal', sex: 'female', age: 11, heightCm: 132, identificationMarks: 'mole on left cheek', languages: ['bn'] },
      family: { fatherName: 'Haripada Mondal' },
      missing: { date: '2026-02-03', place: 'Sealdah station', district: 'KOL' },
      complainant: { name: 'Haripada Mondal' },
    });
    ids.foundBengali = await report('wb.police.dar', 'foundChild', 'DAR', {
      child: { name: 'সুনীতা মণ্ডল', sex: 'female', age: 11, heightCm: 133, identificationMarks: 'বাম গালে তিল', languages: ['bn'], fatherName: 'হরিপদ' },
      found: { date: '2026-02-09', place: 'শিলিগুড়ি জংশন', district: 'DAR' },
    });
    // The other way: a found boy reported in Latin first, then the missing report in Bengali (both in Kolkata).
    ids.foundLatin = await report('wb.police.kol', 'foundChild', 'KOL', {
      child: { name: 'Rakesh Sarkar', sex: 'male', age: 9 },
      found: { date: '2026-03-14', place: 'Howrah bridge', district: 'KOL' },
    });
    ids.missingBengali = await report('wb.police.kol', 'missingChild', 'KOL', {
      child: { name: 'রাকেশ সরকার', sex: 'male', age: 9 },
      missing: { date: '2026-03-12', place: 'শিয়ালদহ', district: 'KOL' },
      complainant: { name: 'মিনতি সরকার' },
    });
  }, 60_000);

  it('finds the missing report written in Latin script from a found report written in Bengali, across districts', async () => {
    const found = candidate(await matchesOf('wb.police.dar', ids.foundBengali!));
    expect(found.length).toBeGreaterThan(0);
    const top = found[0];
    expect(top.side).toBe('found');
    expect(top.other).toMatchObject({ readable: false, state: 'WB', district: 'KOL', recordType: 'missingChild' });
    const missing = candidate(await matchesOf('wb.police.kol', ids.missingLatin!));
    expect(missing[0]).toMatchObject({ id: top.id, side: 'missing', other: { readable: false, district: 'DAR' } });
    expect(top.features.find((f: any) => f.feature === 'name').score).toBeGreaterThan(0.85);
  });

  it('finds the found report written in Latin script from a missing report written in Bengali', async () => {
    const missing = candidate(await matchesOf('wb.police.kol', ids.missingBengali!));
    expect(missing[0]).toMatchObject({ side: 'missing', other: { readable: true, id: ids.foundLatin, child: { name: 'Rakesh Sarkar', sex: 'male', age: 9 } } });
    const found = candidate(await matchesOf('wb.police.kol', ids.foundLatin!));
    expect(found[0]).toMatchObject({ side: 'found', other: { readable: true, id: ids.missingBengali, child: { name: 'রাকেশ সরকার' } } });
    // Within reach, every feature is explained.
    expect(found[0].features.find((f: any) => f.feature === 'name').explanation).toContain('রাকেশ সরকার');
    // And given as a key and values, for the user's language: names as written, codes as codes.
    expect(found[0].features.find((f: any) => f.feature === 'name').reason).toMatchObject({ key: 'name.same', params: { missingName: 'রাকেশ সরকার', foundName: 'Rakesh Sarkar' } });
    expect(found[0].features.find((f: any) => f.feature === 'sex').reason).toEqual({ key: 'sex.same', params: { sex: 'male' } });
    expect(found[0].features.find((f: any) => f.feature === 'dates').reason).toEqual({ key: 'dates.gap', params: { days: 2, missingDate: '2026-03-12', foundDate: '2026-03-14' } });
    for (const feature of found[0].features) expect(feature.reason, feature.feature).toMatchObject({ key: expect.any(String), params: expect.any(Object) });
  });

  it('explains a match stored before reasons existed in English only, without a reason', async () => {
    const [top] = candidate(await matchesOf('wb.police.kol', ids.foundLatin!));
    const matches = server.runtime.services.matching!.store.matches;
    const stored = await matches.findById(top.id).lean();
    await matches.updateOne({ _id: top.id }, { $set: { features: stored!.features.map(({ reason: _reason, ...rest }) => rest) } });
    try {
      const [old] = candidate(await matchesOf('wb.police.kol', ids.foundLatin!));
      expect(old.id).toBe(top.id);
      for (const feature of old.features) expect(feature.reason, feature.feature).toBeUndefined();
      expect(old.features.find((f: any) => f.feature === 'name').explanation).toContain('রাকেশ সরকার');
    } finally {
      await matches.updateOne({ _id: top.id }, { $set: { features: stored!.features } });
    }
  });

  it('shows a user of another district no child data of the other record: score, features, district and whom to contact', async () => {
    const [top] = candidate(await matchesOf('wb.police.dar', ids.foundBengali!));
    const text = JSON.stringify(top.other);
    for (const secret of ['Sunita', 'Mondal', 'Haripada', 'Sealdah', 'mole', ids.missingLatin!]) expect(text).not.toContain(secret);
    expect(top.other.child).toBeUndefined();
    expect(top.other.contacts.map((c: any) => c.office)).toContain('KOL-DCPU');
    for (const feature of top.features) expect(feature.explanation).toBeUndefined();
    for (const feature of top.features) expect(feature.reason).toBeUndefined();
    expect(JSON.stringify(top.features)).not.toContain('Sunita');
    // The record itself stays out of reach.
    expect((await (await as('wb.police.dar')).json('GET', `/api/records/${ids.missingLatin}`)).status).toBe(404);
  });

  it('confirms even when a report cannot move yet: the fields are written and the reason is given', async () => {
    const police = await as('wb.police.kol');
    const [top] = candidate(await matchesOf('wb.police.kol', ids.missingBengali!));
    const confirmed = await police.json('POST', `/api/matches/${top.id}/confirm?lang=en`, { note: 'Mother recognised the photo' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    // Both reports are still in their first stage, where neither CHILD_TRACED nor MATCH_FOUND applies.
    for (const outcome of confirmed.body.outcomes) expect(outcome).toMatchObject({ moved: false, stage: 'reported', refusal: expect.stringMatching(/\S/) });
    const missing = (await police.json('GET', `/api/records/${ids.missingBengali}`)).body.record;
    expect(missing.stage).toBe('reported');
    expect(missing.forms.missingReport.data.tracing).toMatchObject({ tracedPlace: 'Howrah bridge', tracedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await matchesOf('wb.police.kol', ids.foundLatin!))[0]).toMatchObject({ status: 'confirmed', note: 'Mother recognised the photo' });
  });

  it('lists nothing for a user who may not read the record', async () => {
    expect((await (await as('wb.police.dar')).json('GET', `/api/records/${ids.missingLatin}/matches`)).status).toBe(404);
    expect((await (await as('gj.police.ahm')).json('GET', `/api/records/${ids.missingLatin}/matches`)).status).toBe(404);
  });
});

describe("what a found child tells: father's name and home village", () => {
  it('ranks the right child first among look-alikes of the same name, age and district', async () => {
    // Three boys called Tapas Mondal went missing in Kolkata the same week; the two look-alikes are a little
    // closer in age to the found boy, so without the father's name and the home they would rank first.
    const boy = (age: number, father: string, home: string, date: string) => ({
      child: { name: 'Tapas Mondal', sex: 'male', age },
      family: { fatherName: father, homeTown: home },
      missing: { date, place: 'Sealdah station', district: 'KOL' },
      complainant: { name: father },
    });
    const lookAlikeA = await report('wb.police.kol', 'missingChild', 'KOL', boy(10, 'Gopal Mondal', 'Vill. Baruipur, Dist. South 24 Parganas', '2026-06-02'));
    const lookAlikeB = await report('wb.police.kol', 'missingChild', 'KOL', boy(10, 'Tarak Mondal', 'Vill. Kakdwip, Dist. South 24 Parganas', '2026-06-02'));
    const right = await report('wb.police.kol', 'missingChild', 'KOL', boy(9, 'Nirmal Mondal', 'Vill. Kusumpur, Dist. South 24 Parganas', '2026-06-03'));
    // Found at Howrah station: the boy gives his first name, his father's first name and his village, in Bengali.
    const found = await report('wb.police.kol', 'foundChild', 'KOL', {
      child: { name: 'তাপস', sex: 'male', age: 10, canCommunicate: true, fatherName: 'নির্মল', homeTown: 'কুসুমপুর' },
      found: { date: '2026-06-10', place: 'Howrah station', district: 'KOL' },
    });
    // The same boy, had he given only his name: a look-alike ranks first.
    const nameOnly = await report('wb.police.kol', 'foundChild', 'KOL', {
      child: { name: 'তাপস', sex: 'male', age: 10, canCommunicate: true },
      found: { date: '2026-06-10', place: 'Howrah station', district: 'KOL' },
    });
    expect([lookAlikeA, lookAlikeB]).toContain(candidate(await matchesOf('wb.police.kol', nameOnly))[0]?.other.id);
    const ranked = candidate(await matchesOf('wb.police.kol', found));
    expect(ranked[0]?.other.id).toBe(right);
    // The look-alikes, whose fathers and villages differ, score below the right child if listed at all.
    for (const other of ranked.slice(1)) expect(other.score).toBeLessThan(ranked[0].score - 0.3);
    const top = ranked[0];
    expect(top.features.find((f: any) => f.feature === 'fatherName').points).toBeGreaterThan(1);
    expect(top.features.find((f: any) => f.feature === 'homeTown').explanation).toContain('kusumpur');
    expect(top.other.child).toMatchObject({ homeTown: 'Vill. Kusumpur, Dist. South 24 Parganas' });
  });
});

describe('a found child who cannot say its name', () => {
  it('is matched by clothing written in Gujarati and a disability; the disability is shown to the police, not to the DCPO', async () => {
    // Two deaf and mute girls of the same age missing in Ahmedabad the same week, the right one in a red frock
    // (written in Gujarati), the other in a green salwar suit; and a look-alike in a red frock who can hear.
    const girl = (name: string, clothing: string, disabilities?: string[]) => ({
      child: { name, sex: 'female', age: 9, complexion: 'wheatish', build: 'slim', clothing, ...(disabilities ? { disabilities } : {}) },
      missing: { date: '2026-07-01', place: 'Maninagar', district: 'AHM' },
    });
    const right = await report('gj.police.ahm', 'missingChild', 'AHM', girl('Hetal Parmar', 'લાલ ફ્રોક, સફેદ ચંપલ', ['hearing', 'speech']));
    const otherClothes = await report('gj.police.ahm', 'missingChild', 'AHM', girl('Komal Solanki', 'green salwar suit', ['hearing', 'speech']));
    const hears = await report('gj.police.ahm', 'missingChild', 'AHM', girl('Nisha Chauhan', 'red frock'));
    // Found three days later at Kalupur station: no name, an officer notes what the child wears and that it cannot hear or speak.
    const found = await report('gj.police.ahm', 'foundChild', 'AHM', {
      child: { sex: 'female', age: 9, complexion: 'wheatish', build: 'slim', clothing: 'red frock (torn)', disabilities: ['hearing', 'speech'], speech: 'cannot' },
      found: { date: '2026-07-04', place: 'Kalupur station', district: 'AHM' },
    });
    const ranked = candidate(await matchesOf('gj.police.ahm', found));
    expect(ranked[0]?.other.id).toBe(right);
    const score = (id: string) => ranked.find((m) => m.other.id === id)?.score ?? 0;
    expect(score(right)).toBeGreaterThan(score(otherClothes));
    expect(score(right)).toBeGreaterThan(score(hears));
    const top = ranked[0];
    expect(top.features.find((f: any) => f.feature === 'clothing').points).toBeGreaterThan(0.5);
    // Complexion and build are read from the forms too (the same on both reports).
    for (const feature of ['complexion', 'build']) expect(top.features.find((f: any) => f.feature === feature).points).toBeGreaterThan(0.3);
    expect(top.features.find((f: any) => f.feature === 'disability')).toMatchObject({ points: expect.any(Number), explanation: expect.stringContaining('hearing'), reason: { key: 'disability.both', params: { disabilities: ['hearing', 'speech'] } } });
    expect(top.features.find((f: any) => f.feature === 'clothing').reason).toMatchObject({ params: { missingClothes: 'લાલ ફ્રોક, સફેદ ચંપલ', foundClothes: 'red frock (torn)' } });
    expect(top.other.child).toMatchObject({ clothing: 'લાલ ફ્રોક, સફેદ ચંપલ', disabilities: ['hearing', 'speech'] });
    // The DCPO of the district sees the match and the clothing, but neither the disability nor its explanation.
    const dcpo = candidate(await matchesOf('gj.dcpo.ahm', found)).find((m) => m.other.id === right);
    expect(dcpo).toBeDefined();
    expect(dcpo.other.child.clothing).toBe('લાલ ફ્રોક, સફેદ ચંપલ');
    expect(dcpo.other.child.disabilities).toBeUndefined();
    expect(dcpo.features.find((f: any) => f.feature === 'disability').explanation).toBeUndefined();
    expect(dcpo.features.find((f: any) => f.feature === 'disability').reason).toBeUndefined();
    expect(dcpo.features.find((f: any) => f.feature === 'clothing').reason).toMatchObject({ key: expect.stringMatching(/^clothing\./) });
    expect(JSON.stringify(dcpo)).not.toContain('speech');
  });
});

describe('one child is one child', () => {
  it('lists lower a missing child that another found report clearly matches, whichever was saved first, and says why', async () => {
    // Two boys in the same school uniform went missing in Kolkata the same day. A boy found three days later in
    // that uniform says nothing; by age, Bikash is a little likelier than Pintu.
    const boy = (name: string, age: number, father: string, home: string) => ({
      child: { name, sex: 'male', age, complexion: 'wheatish', build: 'thin', clothing: 'blue school shirt, grey half pant' },
      family: { fatherName: father, homeTown: home },
      missing: { date: '2026-09-01', place: 'Gariahat', district: 'KOL' },
      complainant: { name: father },
    });
    const bikash = await report('wb.police.kol', 'missingChild', 'KOL', boy('Bikash Das', 8, 'Sanjay Das', 'Vill. Gosaba, Dist. South 24 Parganas'));
    const pintu = await report('wb.police.kol', 'missingChild', 'KOL', boy('Pintu Halder', 9, 'Ratan Halder', 'Vill. Canning, Dist. South 24 Parganas'));
    const silent = await report('wb.police.kol', 'foundChild', 'KOL', { child: { sex: 'male', age: 8, canCommunicate: false, complexion: 'wheatish', build: 'thin', clothing: 'blue shirt, grey half pant' }, found: { date: '2026-09-04', place: 'Esplanade', district: 'KOL' } });
    const order = (matches: any[]) => candidate(matches).map((m) => m.other.id).filter((id) => id === bikash || id === pintu);
    expect(order(await matchesOf('wb.police.kol', silent))).toEqual([bikash, pintu]);
    // Then another boy is found who says he is Bikash, son of Sanjay, from Gosaba.
    await report('wb.police.kol', 'foundChild', 'KOL', {
      child: { name: 'বিকাশ', sex: 'male', age: 8, canCommunicate: true, fatherName: 'সঞ্জয়', homeTown: 'গোসাবা' },
      found: { date: '2026-09-05', place: 'Sealdah station', district: 'KOL' },
    });
    const listed = await matchesOf('wb.police.kol', silent);
    expect(order(listed)).toEqual([pintu, bikash]);
    const claimed = listed.find((m) => m.other.id === bikash);
    expect(claimed.features.find((f: any) => f.feature === 'claims')).toMatchObject({ points: expect.any(Number), reason: { key: 'claims.other', params: { share: expect.any(Number) } } });
    expect(claimed.features.find((f: any) => f.feature === 'claims').points).toBeLessThan(-1);
    // Pintu is claimed by no one.
    expect(listed.find((m) => m.other.id === pintu).features.some((f: any) => f.feature === 'claims')).toBe(false);
  });
});

describe('a report with no strong candidate', () => {
  it('suggests its best five, marked weak; a weak pair stays for the report that lists it when the other is edited', async () => {
    // Seven boys of six went missing in Ahmedabad the same day; a boy of six found two days later says nothing.
    // By age, sex, place and date alone each scores about 0.2, under the state's minScore of 0.3.
    const names = ['Jay Rathod', 'Vivek Makwana', 'Dhruv Vasava', 'Harsh Bariya', 'Yash Damor', 'Om Chaudhari', 'Parth Gamit'];
    const boys = await Promise.all(names.map((name) => report('gj.police.ahm', 'missingChild', 'AHM', { child: { name, sex: 'male', age: 6 }, missing: { date: '2026-10-01', place: 'Vatva', district: 'AHM' } })));
    const found = await report('gj.police.ahm', 'foundChild', 'AHM', { child: { sex: 'male', age: 6 }, found: { date: '2026-10-03', place: 'Naroda', district: 'AHM' } });
    const listed = candidate(await matchesOf('gj.police.ahm', found));
    expect(listed).toHaveLength(5);
    for (const m of listed) {
      expect(boys).toContain(m.other.id);
      expect(m).toMatchObject({ weak: true });
      expect(m.score).toBeLessThan(0.3);
    }
    // A boy of eight reported missing later lists the found boy among his own best; the found boy's report, edited,
    // does not list him (six others are likelier), but keeps the pair for the missing boy's report.
    const later = await report('gj.police.ahm', 'missingChild', 'AHM', { child: { name: 'Raj Solanki', sex: 'male', age: 8 }, missing: { date: '2026-10-01', place: 'Vatva', district: 'AHM' } });
    expect(candidate(await matchesOf('gj.police.ahm', later)).map((m) => m.other.id)).toContain(found);
    const police = await as('gj.police.ahm');
    const record = await police.json('GET', `/api/records/${found}`);
    const edited = await police.json('PUT', `/api/records/${found}/forms/foundReport`, { data: { child: { sex: 'male', age: 6, clothing: 'white vest' }, found: { date: '2026-10-03', place: 'Naroda', district: 'AHM' } }, mode: 'complete', version: record.body.record.version });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(candidate(await matchesOf('gj.police.ahm', found)).map((m) => m.other.id)).not.toContain(later);
    expect(candidate(await matchesOf('gj.police.ahm', later)).map((m) => m.other.id)).toContain(found);
    // A strong candidate is not weak.
    const named = await report('gj.police.ahm', 'foundChild', 'AHM', { child: { name: 'Jay Rathod', sex: 'male', age: 6 }, found: { date: '2026-10-03', place: 'Naroda', district: 'AHM' } });
    expect(candidate(await matchesOf('gj.police.ahm', named))[0]).toMatchObject({ weak: false, other: { id: boys[0] } });
  });
});

describe('matching across states', () => {
  it('matches Gujarat with Jharkhand (both allow it) but not West Bengal with Jharkhand (only West Bengal allows it)', async () => {
    const child = { name: 'Ramesh Oraon', sex: 'male', age: 12 };
    const jhMissing = await report('jh.police.ran', 'missingChild', 'RAN', { child, missing: { date: '2026-04-01', place: 'Ranchi station', district: 'RAN' } }, 'draft');
    const gjFound = await report('gj.police.ahm', 'foundChild', 'AHM', { child, found: { date: '2026-04-06', place: 'Kalupur station' } });
    const wbFound = await report('wb.police.kol', 'foundChild', 'KOL', { child, found: { date: '2026-04-05', place: 'Howrah station', district: 'KOL' } });
    const fromGujarat = candidate(await matchesOf('gj.police.ahm', gjFound));
    expect(fromGujarat.map((m) => m.other)).toContainEqual(expect.objectContaining({ state: 'JH', district: 'RAN', readable: false }));
    expect(JSON.stringify(fromGujarat)).not.toContain(jhMissing);
    expect(candidate(await matchesOf('wb.police.kol', wbFound)).filter((m) => m.other.state !== 'WB')).toEqual([]);
    const fromJharkhand = candidate(await matchesOf('jh.police.ran', jhMissing));
    expect(fromJharkhand.map((m) => m.other.state)).toEqual(['GJ']);
  });
});

describe('confirming and rejecting', () => {
  const ids: Record<string, string> = {};
  const foundData = {
    child: { name: 'Kiran Vasava', sex: 'female', age: 7, identificationMarks: 'burn scar on right hand', languages: ['gu'] },
    found: { date: '2026-05-04', place: 'Kankaria lake', district: 'AHM', foundBy: 'police' },
    production: { date: '2026-05-04', cwc: 'AHM-CWC-1' },
  };

  beforeAll(async () => {
    ids.missing = await report('gj.police.ahm', 'missingChild', 'AHM', {
      child: { name: 'કિરણ વસાવા', sex: 'female', age: 7, identificationMarks: 'જમણા હાથ પર દાઝ્યાનું નિશાન', languages: ['gu'] },
      missing: { date: '2026-05-02', place: 'કાંકરિયા', district: 'AHM' },
    });
    ids.found = await report('gj.cwcmember.ahm', 'foundChild', 'AHM', foundData);
    ids.otherFound = await report('gj.police.sur', 'foundChild', 'SUR', { child: { name: 'Kiran Vasava', sex: 'female', age: 8 }, found: { date: '2026-05-20', place: 'Surat station' } });
    ids.rejectMissing = await report('gj.police.ahm', 'missingChild', 'AHM', { child: { name: 'Jignesh Rathod', sex: 'male', age: 13 }, missing: { date: '2026-06-01', place: 'Lal Darwaja' } });
    ids.rejectFound = await report('gj.police.ahm', 'foundChild', 'AHM', { child: { name: 'Jignesh Rathod', sex: 'male', age: 13 }, found: { date: '2026-06-03', place: 'Lal Darwaja' } });
    const police = await as('gj.police.ahm');
    const produced = await police.json('POST', `/api/records/${ids.found}/events/PRODUCE_BEFORE_CWC`, { version: 2 });
    expect(produced.status, JSON.stringify(produced.body)).toBe(200);
  }, 60_000);

  it('alerts the officers of both records of a likely match exactly once, however often it is matched again', async () => {
    const models = server.runtime.services.models;
    const [top] = candidate(await matchesOf('gj.police.ahm', ids.found!));
    expect(top.other.id).toBe(ids.missing);
    expect(top.score).toBeGreaterThanOrEqual(0.8);
    // Saved again (a new profile) and matched again: no second alert.
    const police = await as('gj.police.ahm');
    const current = await police.json('GET', `/api/records/${ids.found}`);
    const saved = await police.json('PUT', `/api/records/${ids.found}/forms/foundReport`, { data: { ...foundData, child: { ...foundData.child, heightCm: 118 } }, mode: 'complete', version: current.body.record.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await server.runtime.services.matching!.sync();
    await server.runtime.services.matching!.sync();
    // The police officer who reported the missing child and the CWC member who registered the found child.
    for (const username of ['gj.police.ahm', 'gj.cwcmember.ahm']) {
      const officer = await models.users.findOne({ username }).lean();
      const alerts = await models.notifications.find({ kind: 'likelyMatch', userId: officer!._id }).lean();
      expect(alerts.filter((a) => a.params.missingRecordId === ids.missing && a.params.foundRecordId === ids.found), username).toHaveLength(1);
      expect(await models.outbox.countDocuments({ kind: 'match', userId: officer!._id, 'params.foundRecordId': ids.found })).toBe(1);
    }
  });

  it('refuses a user who handles neither record, and a reject without a note', async () => {
    const [top] = candidate(await matchesOf('gj.police.ahm', ids.found!));
    // A social worker of the district reads both records but moves neither.
    const socialWorker = await as('gj.socialworker.ahm');
    expect((await socialWorker.json('GET', `/api/records/${ids.found}`)).status).toBe(200);
    const refused = await socialWorker.json('POST', `/api/matches/${top.id}/confirm?lang=hi`, { note: 'same child' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('इन दो रिपोर्टों में से किसी एक को संभालने वाला अधिकारी ही मिलान की पुष्टि या अस्वीकार कर सकता है।');
    const sur = await as('gj.police.sur');
    expect((await sur.json('POST', `/api/matches/${top.id}/confirm`, { note: 'same child' })).status).toBe(404);
    const noNote = await (await as('gj.police.ahm')).json('POST', `/api/matches/${top.id}/reject`, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.issues).toEqual([{ pointer: '/note', message: 'is required' }]);
  });

  it('confirms: links both records, moves both workflows, closes other suggestions, writes both histories and the audit', async () => {
    const police = await as('gj.police.ahm');
    const [top] = candidate(await matchesOf('gj.police.ahm', ids.found!));
    const confirmed = await police.json('POST', `/api/matches/${top.id}/confirm?lang=en`, { note: 'Mother identified her at the CWC' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.match.status).toBe('confirmed');
    expect(confirmed.body.outcomes).toEqual([
      expect.objectContaining({ recordId: ids.missing, event: 'MARK_TRACED', moved: true, stage: 'traced' }),
      expect.objectContaining({ recordId: ids.found, event: 'RECORD_MATCH', moved: true, stage: 'matched' }),
    ]);
    const missing = (await police.json('GET', `/api/records/${ids.missing}`)).body.record;
    const found = (await police.json('GET', `/api/records/${ids.found}`)).body.record;
    expect(missing.stage).toBe('traced');
    expect(found.stage).toBe('matched');
    expect(found.forms.foundReport.data.match.missingCaseNumber).toBe(missing.caseNumber);
    expect(missing.forms.missingReport.data.tracing.place).toBe('Kankaria lake');
    for (const id of [ids.missing, ids.found]) {
      const history = (await police.json('GET', `/api/records/${id}/history`)).body.history as any[];
      expect(history.filter((h) => h.kind === 'matchConfirmed')).toEqual([expect.objectContaining({ match: expect.objectContaining({ id: top.id, note: 'Mother identified her at the CWC' }) })]);
      expect(history.some((h) => h.kind === 'transition' && ['MARK_TRACED', 'RECORD_MATCH'].includes(h.event))).toBe(true);
    }
    const audit = await server.runtime.services.models.audit.find({ action: 'match.confirm', target: top.id }).lean();
    expect(audit).toHaveLength(1);
    // The other suggestion for the same missing child is closed, and a second confirmation is refused.
    expect(candidate(await matchesOf('gj.police.sur', ids.otherFound!))).toEqual([]);
    const again = await police.json('POST', `/api/matches/${top.id}/confirm?lang=gu`, { note: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('આ મેળની પુષ્ટિ, અસ્વીકાર અથવા બંધ થઈ ચૂક્યો છે. જોવા માટે પાનું ફરી લોડ કરો.');
    expect((await matchesOf('gj.police.ahm', ids.missing!))[0]).toMatchObject({ status: 'confirmed', other: { id: ids.found } });
  });

  it('rejects with a note: audited, in both histories, not suggested again', async () => {
    const police = await as('gj.police.ahm');
    const [top] = candidate(await matchesOf('gj.police.ahm', ids.rejectFound!));
    expect(top.other.id).toBe(ids.rejectMissing);
    const rejected = await police.json('POST', `/api/matches/${top.id}/reject`, { note: 'Different father, checked by phone' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(await server.runtime.services.models.audit.countDocuments({ action: 'match.reject', target: top.id })).toBe(1);
    for (const id of [ids.rejectMissing, ids.rejectFound]) {
      const history = (await police.json('GET', `/api/records/${id}/history`)).body.history as any[];
      expect(history.filter((h) => h.kind === 'matchRejected')).toHaveLength(1);
    }
    const current = await police.json('GET', `/api/records/${ids.rejectFound}`);
    await police.json('PUT', `/api/records/${ids.rejectFound}/forms/foundReport`, { data: { child: { name: 'Jignesh Rathod', sex: 'male', age: 13, heightCm: 150 }, found: { date: '2026-06-03', place: 'Lal Darwaja' } }, mode: 'complete', version: current.body.record.version });
    const after = await matchesOf('gj.police.ahm', ids.rejectFound!);
    expect(after.filter((m) => m.other.id === ids.rejectMissing).map((m) => m.status)).toEqual(['rejected']);
  });
});
