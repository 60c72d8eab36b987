// A seeded generator of missing and found reports for the matching benchmark: children with names from the
// regions of Gujarat, Jharkhand and West Bengal, each written in Latin or in the state's script with spelling
// variation, estimated ages, missing fields, marks described in four languages, and known true pairs.
import type { ChildReport, Sex } from '@suraksha/plugin-matching';
import { boys, girls, localities, markWords, petNames, surnames } from './names';
import { parseEntry, pick, seeded, writeWord, type NameEntry, type Rng, type Script } from './render';

export type StateCode = 'GJ' | 'JH' | 'WB';

export interface GeneratorOptions {
  seed: number;
  missing: number;
  found: number;
  /** Share of found reports whose child has a missing report (default 0.9). */
  pairedShare?: number;
  districts: Record<StateCode, string[]>;
}

export interface Dataset {
  missing: ChildReport[];
  found: ChildReport[];
  /** Found report id → the missing report id of the same child (absent when the child was never reported missing). */
  truth: Map<string, string>;
  /** Found report id → how the report was written, for breaking results down. */
  notes: Map<string, FoundNote>;
}

export interface FoundNote {
  nameForm: 'none' | 'pet' | 'first' | 'first+surname' | 'full';
  /** Whether the found report's name is in the script of the missing report's name (when both have one). */
  script: 'same' | 'different' | 'n/a';
  place: 'district' | 'state' | 'other-state';
  ageError: number;
}

interface Mark {
  type: keyof typeof markWords.type;
  part: keyof typeof markWords.part;
  side?: keyof typeof markWords.side;
}

interface Child {
  state: StateCode;
  district: string;
  locality: string;
  sex: Sex;
  /** The registered name: words, each a phonemic entry. */
  name: NameEntry[];
  first: NameEntry;
  surname?: NameEntry;
  /** A pet name the family and the child use. */
  pet?: NameEntry;
  birthDay: number;
  missingDay: number;
  heightOffset: number;
  languages: string[];
  marks: Mark[];
}

const day0 = Date.UTC(2023, 0, 1) / 86_400_000;
const missingSpan = 3 * 365;
const lastDay = day0 + missingSpan + 180;
const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Names are drawn by rank with P(rank r) ∝ 1 / r^s: a few names are common, most are rare. */
const zipfExponent = 0.5;

function zipf<T>(rng: Rng, items: readonly T[]): T {
  let total = 0;
  for (let r = 1; r <= items.length; r++) total += 1 / r ** zipfExponent;
  let x = rng() * total;
  for (let r = 1; r <= items.length; r++) {
    x -= 1 / r ** zipfExponent;
    if (x <= 0) return items[r - 1]!;
  }
  return items[items.length - 1]!;
}

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const entries = <K extends string>(lists: Record<K, string[]>): Record<K, NameEntry[]> =>
  Object.fromEntries(Object.entries<string[]>(lists).map(([k, v]) => [k, v.map(parseEntry)])) as Record<K, NameEntry[]>;

const boyNames = entries(boys);
const girlNames = entries(girls);
const surnameLists = entries(surnames);
const pets = { male: petNames.male.map(parseEntry), female: petNames.female.map(parseEntry) };
const kumar = parseEntry('kumaar|Kumar');
const kumari = parseEntry('kumaarii|Kumari');
const md = parseEntry('mohammad|Md/Md./Mohammad');
const khatun = parseEntry('khaatuun|Khatun/Khatoon');

/** "Asha" + "ben" → "Ashaben", in phonemes and in Latin. */
function attach(entry: NameEntry, suffix: string, latinSuffix: string): NameEntry {
  const s = parseEntry(suffix);
  return { phonemes: [...entry.phonemes, ...s.phonemes], latin: entry.latin.map((l) => l + latinSuffix) };
}

/** Age in completed years on a day. */
const ageOn = (birthDay: number, day: number): number => Math.floor((day - birthDay) / 365.25);

function heightOn(child: Child, day: number): number {
  const age = (day - child.birthDay) / 365.25;
  const h = age < 1 ? 50 + 25 * age : child.sex === 'male' ? Math.min(172, 75 + 6.4 * (age - 1)) : Math.min(158, 74 + 6.2 * (age - 1));
  return Math.round(h + child.heightOffset);
}

const stateScript: Record<StateCode, Script> = { GJ: 'gujr', JH: 'deva', WB: 'beng' };
const stateLanguage: Record<StateCode, 'gu' | 'hi' | 'bn'> = { GJ: 'gu', JH: 'hi', WB: 'bn' };

export function generate(options: GeneratorOptions): Dataset {
  const rng = seeded(options.seed);
  const states: StateCode[] = ['GJ', 'JH', 'WB'];
  const localitiesOf = new Map<string, string[]>();
  for (const s of states) for (const d of options.districts[s]) localitiesOf.set(d, Array.from({ length: 6 }, () => pick(rng, localities)));

  function newChild(): Child {
    const r = rng();
    const state: StateCode = r < 0.35 ? 'GJ' : r < 0.65 ? 'JH' : 'WB';
    const district = pick(rng, options.districts[state]);
    const sx = rng();
    const sex: Sex = sx < 0.55 ? 'female' : sx < 0.997 ? 'male' : 'transgender';
    const lists = sex === 'female' ? girlNames : boyNames;
    const c = rng();
    const community = c < 0.12 ? 'muslim' : state === 'JH' && c < 0.4 ? 'tribal' : 'hindu';
    const first =
      community === 'muslim' ? zipf(rng, lists.muslim) : community === 'tribal' && rng() < 0.6 ? zipf(rng, lists.JHtribal) : rng() < 0.5 && state !== 'JH' ? zipf(rng, lists[state]) : zipf(rng, lists.common);
    const surname =
      community === 'muslim' ? zipf(rng, surnameLists.muslim) : community === 'tribal' ? zipf(rng, surnameLists.JHtribal) : zipf(rng, surnameLists[state]);
    let name: NameEntry[];
    const form = rng();
    if (state === 'GJ') {
      const father = zipf(rng, boyNames.GJ.concat(boyNames.common));
      if (sex === 'female' && form < 0.35) name = [attach(first, 'ben', 'ben'), surname];
      else if (form < 0.6) name = [first, attach(father, 'bhaaii', 'bhai'), surname];
      else name = [first, surname];
    } else if (state === 'JH' && community === 'hindu') {
      const k = sex === 'female' ? kumari : kumar;
      name = form < 0.3 ? [first, k] : form < 0.45 ? [first, k, surname] : [first, surname];
    } else if (community === 'muslim' && sex === 'male' && form < 0.25) name = [md, first, surname];
    else if (community === 'muslim' && sex === 'female' && form < 0.4) name = [first, khatun];
    else name = [first, surname];
    // Most missing children are adolescents.
    const a = rng();
    const age = a < 0.08 ? Math.floor(rng() * 6) : a < 0.25 ? 6 + Math.floor(rng() * 5) : a < 0.6 ? 11 + Math.floor(rng() * 4) : 15 + Math.floor(rng() * 3);
    const missingDay = day0 + Math.floor(rng() * missingSpan);
    const birthDay = missingDay - Math.floor((age + rng()) * 365.25);
    const primary = stateLanguage[state];
    const languages: string[] = [community === 'tribal' ? pick(rng, ['sat', 'kru', 'unr', 'hoc']) : primary];
    if ((community === 'tribal' || rng() < 0.3) && !languages.includes('hi')) languages.push('hi');
    if (community === 'muslim' && rng() < 0.3) languages.push('ur');
    const marks: Mark[] = [];
    const nMarks = rng() < 0.35 ? 0 : rng() < 0.7 ? 1 : 2;
    for (let i = 0; i < nMarks; i++) {
      const t = rng();
      const type: Mark['type'] = t < 0.4 ? 'mole' : t < 0.65 ? 'scar' : t < 0.75 ? 'burn' : t < 0.9 ? 'birthmark' : t < 0.95 ? 'tattoo' : 'wart';
      const part = pick(rng, Object.keys(markWords.part)) as Mark['part'];
      const mark: Mark = { type, part };
      if (rng() < 0.8 && !['nose', 'chin', 'back', 'stomach', 'lip'].includes(part)) mark.side = rng() < 0.5 ? 'left' : 'right';
      marks.push(mark);
    }
    const locality = pick(rng, localitiesOf.get(district)!);
    const pet = rng() < 0.4 ? zipf(rng, sex === 'female' ? pets.female : pets.male) : undefined;
    return { state, district, locality, sex, name, first, surname, pet, birthDay, missingDay, heightOffset: normal(rng) * 5, languages, marks };
  }

  function scriptFor(state: StateCode): Script {
    const r = rng();
    return r < 0.55 ? 'latin' : r < 0.95 || state === 'JH' ? stateScript[state] : 'deva';
  }

  const writeName = (words: NameEntry[], script: Script, region: string): string => words.map((w) => writeWord(w, script, region, rng)).join(' ');

  function describeMarks(marks: Mark[], lang: 'en' | 'hi' | 'bn' | 'gu'): string {
    return marks
      .map((m) => {
        const type = markWords.type[m.type][lang];
        const part = markWords.part[m.part][lang];
        const side = m.side ? markWords.side[m.side][lang] + ' ' : '';
        if (lang === 'en') return rng() < 0.5 ? `${type} on ${side}${part}` : `${type} on the ${side}${part}`;
        if (lang === 'bn') return `${side}${part} ${type}`;
        return `${side}${part} ${lang === 'hi' ? 'पर' : 'પર'} ${type}`;
      })
      .join(', ');
  }

  const missing: ChildReport[] = [];
  const children: Child[] = [];
  for (let i = 0; i < options.missing; i++) {
    const child = newChild();
    children.push(child);
    const script = scriptFor(child.state);
    const age = ageOn(child.birthDay, child.missingDay);
    const report: ChildReport = {
      id: `M${i}`,
      kind: 'missing',
      sex: child.sex,
      age: rng() < 0.04 ? Math.max(0, age + (rng() < 0.5 ? -1 : 1)) : age,
      date: iso(child.missingDay),
      place: rng() < 0.5 ? child.locality : `Near ${child.locality}`,
      district: child.district,
      state: child.state,
    };
    if (rng() < 0.99) report.name = writeName(child.name, script, child.state);
    // West Bengal's form has a field for other names; elsewhere families sometimes write "Rahul urf Guddu".
    if (report.name && child.pet && child.state === 'WB' && rng() < 0.6) report.otherNames = writeWord(child.pet, script, child.state, rng);
    else if (report.name && child.pet && rng() < 0.25) {
      const pet = writeWord(child.pet, script, child.state, rng);
      report.name = rng() < 0.5 ? `${report.name} (${pet})` : `${report.name} ${script === 'latin' ? 'urf' : 'उर्फ'} ${pet}`;
    }
    if (child.state !== 'GJ' && rng() < 0.35) report.dateOfBirth = iso(child.birthDay);
    if (rng() < 0.5) report.heightCm = heightOn(child, child.missingDay) + Math.round(normal(rng) * 2);
    if (rng() < 0.85) report.languages = child.languages;
    if (child.marks.length > 0 && rng() < 0.8) report.identificationMarks = describeMarks(child.marks, rng() < 0.7 ? 'en' : stateLanguage[child.state]);
    missing.push(report);
  }

  const found: ChildReport[] = [];
  const truth = new Map<string, string>();
  const notes = new Map<string, FoundNote>();
  const pairedShare = options.pairedShare ?? 0.9;
  const used = new Set<number>();
  for (let i = 0; i < options.found; i++) {
    const id = `F${i}`;
    let child: Child;
    let foundDay: number;
    if (rng() < pairedShare) {
      let k = Math.floor(rng() * children.length);
      while (used.has(k)) k = (k + 1) % children.length;
      used.add(k);
      child = children[k]!;
      truth.set(id, `M${k}`);
      const g = rng();
      const gap = g < 0.5 ? Math.floor(rng() * 31) : g < 0.8 ? 31 + Math.floor(rng() * 150) : g < 0.95 ? 181 + Math.floor(rng() * 550) : 731 + Math.floor(rng() * 770);
      // Children are found before they turn 18 and before the end of the data set.
      const limit = Math.min(child.birthDay + 18 * 365, lastDay) - child.missingDay;
      foundDay = child.missingDay + (gap <= limit ? gap : Math.floor(rng() * Math.max(1, limit)));
    } else {
      child = newChild();
      foundDay = child.missingDay + Math.floor(rng() * 120);
    }
    // Where the child was found: mostly the home district, often elsewhere in the state, sometimes another state.
    const p = rng();
    let state = child.state;
    let district = child.district;
    let place: FoundNote['place'] = 'district';
    if (p >= 0.55 && p < 0.85) {
      district = pick(rng, options.districts[state]);
      place = district === child.district ? 'district' : 'state';
    } else if (p >= 0.85) {
      state = pick(rng, states.filter((s) => s !== child.state));
      district = pick(rng, options.districts[state]);
      place = 'other-state';
    }
    const locality = district === child.district && rng() < 0.4 ? child.locality : pick(rng, localitiesOf.get(district)!);
    const trueAge = ageOn(child.birthDay, foundDay);
    const ageError = Math.max(-4, Math.min(4, Math.round(normal(rng) * 1.1)));
    const report: ChildReport = {
      id,
      kind: 'found',
      sex: rng() < 0.003 ? (child.sex === 'male' ? 'female' : 'male') : child.sex,
      age: Math.max(0, trueAge + ageError),
      date: iso(foundDay),
      place: place !== 'district' && rng() < 0.25 ? `Railway Station, ${locality}` : locality,
      district,
      state,
    };
    // Very young (and some older, mute or frightened) children give no name; some give only a pet name.
    const young = trueAge < 5 ? 0.6 : trueAge < 8 ? 0.15 : 0.05;
    const script = scriptFor(state);
    let nameForm: FoundNote['nameForm'];
    const n = rng();
    if (n < young) nameForm = 'none';
    else if (child.pet && n < young + 0.12) nameForm = 'pet';
    else {
      const f = rng();
      nameForm = f < 0.3 ? 'first' : f < 0.6 && child.surname ? 'first+surname' : 'full';
    }
    if (nameForm === 'pet') report.name = writeWord(child.pet!, script, state, rng);
    else if (nameForm === 'first') report.name = writeName([child.first], script, state);
    else if (nameForm === 'first+surname') report.name = writeName([child.first, child.surname!], script, state);
    else if (nameForm === 'full') report.name = writeName(child.name, script, state);
    if (rng() < 0.55) report.heightCm = heightOn(child, foundDay) + Math.round(normal(rng) * 4);
    if (nameForm !== 'none' ? rng() < 0.65 : rng() < 0.2) report.languages = child.languages.slice(0, rng() < 0.7 ? 1 : 2);
    if (child.marks.length > 0 && rng() < 0.6) {
      const described = child.marks.slice(0, rng() < 0.6 ? child.marks.length : 1).map((m) => {
        const d: Mark = { ...m };
        if (d.side && rng() < 0.3) delete d.side;
        else if (d.side && rng() < 0.05) d.side = d.side === 'left' ? 'right' : 'left';
        if (rng() < 0.08) d.type = d.type === 'mole' ? 'wart' : d.type === 'scar' ? 'burn' : d.type === 'burn' ? 'scar' : 'mole';
        return d;
      });
      report.identificationMarks = describeMarks(described, rng() < 0.7 ? 'en' : stateLanguage[state]);
    }
    const missingScript = truth.has(id) ? missing[Number(truth.get(id)!.slice(1))]!.name : undefined;
    const [a, b] = [scriptOf(missingScript), scriptOf(report.name)];
    notes.set(id, { nameForm, script: a === 'none' || b === 'none' ? 'n/a' : a === b ? 'same' : 'different', place, ageError });
    found.push(report);
  }
  return { missing, found, truth, notes };
}

function scriptOf(text: string | null | undefined): string {
  if (!text) return 'none';
  const c = text.codePointAt(0)!;
  return c >= 0x0900 && c < 0x0980 ? 'deva' : c >= 0x0980 && c < 0x0a00 ? 'beng' : c >= 0x0a80 && c < 0x0b00 ? 'gujr' : 'latin';
}
