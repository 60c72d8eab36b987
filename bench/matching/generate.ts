// A seeded generator of missing and found reports for the matching benchmark: children with names from the
// regions of Gujarat, Jharkhand and West Bengal, each written in Latin or in the state's script with spelling
// variation, estimated ages, missing fields, marks described in four languages, and known true pairs. By default
// reports also carry what field officers write that the first generator did not (README, "Benchmark"): the
// father's name and home village on missing reports, and on found reports what a child who can talk tells
// (father's name, home, a pet name made from the given name); children found away from home are found mostly
// in a neighbouring district or at a railway junction. `plain: true` gives the first generator, unchanged.
import type { ChildReport, Sex } from '@suraksha/plugin-matching';
import { boys, girls, localities, markWords, petNames, railwayHubs, surnames, villageParts } from './names';
import { describeClothes, drawBuild, drawClothes, drawComplexion, observe, sameClothes, writeBuild, writeComplexion, type Build, type Complexion, type Item } from './appearance';
import { parseEntry, pick, seeded, writeWord, type NameEntry, type Rng, type Script } from './render';

export type StateCode = 'GJ' | 'JH' | 'WB';

export interface GeneratorOptions {
  seed: number;
  missing: number;
  found: number;
  /** Share of found reports whose child has a missing report (default 0.9). */
  pairedShare?: number;
  districts: Record<StateCode, string[]>;
  /** District names (English, the state's script) for home addresses; needed unless `plain`. */
  districtNames?: Record<StateCode, Record<string, { en: string; native: string }>>;
  /** Bordering districts per state (the manifests' `matching.neighbours`): where children are found. */
  neighbours?: Record<StateCode, Record<string, string[]>>;
  /** The first generator: no father's name or home, pet names unrelated to names, found anywhere in the state. */
  plain?: boolean;
  /** Leave out complexion, build and clothing (the second generator, of session 3). */
  noAppearance?: boolean;
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
  place: 'district' | 'neighbour' | 'state' | 'other-state';
  /** Whether the found report gives the father's name and the home (never for plain data). */
  father: boolean;
  home: boolean;
  ageError: number;
  /** Whether both reports describe the clothes, and whether the child still wore the clothes it went missing in. */
  clothes: 'same' | 'other' | 'n/a';
  /** Whether the child has a disability (drawn with appearance only). */
  disabled: boolean;
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
  /** The pet name the first generator drew, when a name-made one replaced it. */
  plainPet?: NameEntry;
  father?: NameEntry;
  /** Home village (absent for a child from the district's town). */
  village?: NameEntry;
  birthDay: number;
  missingDay: number;
  heightOffset: number;
  languages: string[];
  marks: Mark[];
  complexion?: Complexion;
  build?: Build;
  /** What the child wore the day it went missing. */
  clothes?: Item[];
  /** A disability the family knows of (form choices). */
  disability?: string[];
}

/**
 * Disabilities among missing children (about 1 in 20): children with an intellectual disability, or who cannot hear
 * and speak, wander off and cannot find their way back or tell who they are.
 */
function disabilityOf(rng: Rng): string[] | undefined {
  const r = rng();
  return r < 0.025 ? ['intellectual'] : r < 0.037 ? ['hearing', 'speech'] : r < 0.042 ? ['speech'] : r < 0.047 ? ['physical'] : r < 0.05 ? ['visual'] : undefined;
}
// Share of children with a disability that keeps them from giving a name, and the nameless share it accounts for.
const disabledShare = 0.042;
const disabledNameless = 0.025 * 0.55 + 0.017 * 0.9;

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

/** A pet name made from a given name: its first syllable and the next consonant, with -u or -i ("Raju", "Suni"). */
function derivedPet(first: NameEntry, sex: Sex, rng: Rng): NameEntry | undefined {
  const ps = first.phonemes.filter((p) => p !== "'" && p !== 'M');
  const v = ps.findIndex((p) => /^[aeiou]/.test(p) && p !== 'RI');
  const c = ps.findIndex((p, i) => i > v && !/^[aeiou]/.test(p));
  if (v < 0 || c < 0 || c + 1 >= ps.length) return undefined;
  const stem = ps.slice(0, c + 1);
  const ending = sex === 'female' && rng() < 0.6 ? 'ii' : 'uu';
  return { phonemes: [...stem, ending], latin: [] };
}

/** Village names of a state: stem + regional ending. */
function villageNames(state: StateCode): NameEntry[] {
  return villageParts.stems.flatMap((stem) => villageParts.endings[state].map((end) => parseEntry(stem + end)));
}

// Who can tell where home is: a share by true age (few under 5, most over 8); the others are too young, or mute,
// deaf or too frightened to say (canCommunicate false), and give nothing (the name rates of the first generator).
const speaks = (age: number): number => (age < 5 ? 0.4 : age < 8 ? 0.85 : 0.95);
// Of the children who talk, the share that gives the father's name and the home, by age: a child of 10 knows both,
// a child of 5 often says "Papa" and the name of the village only if asked well.
const givesFather = (age: number): number => (age < 5 ? 0.1 : age < 8 ? 0.3 : 0.55);
const givesHome = (age: number): number => (age < 5 ? 0.08 : age < 8 ? 0.3 : 0.6);

export function generate(options: GeneratorOptions): Dataset {
  const rng = seeded(options.seed);
  const rx = seeded(options.seed * 7919 + 17);
  // A third stream for appearance (complexion, build, clothing), so the rest is the same with or without it.
  const rc = seeded(options.seed * 104_729 + 29);
  const plain = options.plain === true;
  const appearance = !plain && options.noAppearance !== true;
  const states: StateCode[] = ['GJ', 'JH', 'WB'];
  const localitiesOf = new Map<string, string[]>();
  for (const s of states) for (const d of options.districts[s]) localitiesOf.set(d, Array.from({ length: 6 }, () => pick(rng, localities)));
  // Each district has 300 villages, named from the state's stems and endings (the same name recurs across districts).
  const villagesOf = new Map<string, NameEntry[]>();
  if (!plain) {
    if (!options.districtNames || !options.neighbours) throw new Error('districtNames and neighbours are needed unless plain');
    for (const s of states) {
      const names = villageNames(s);
      for (const d of options.districts[s]) villagesOf.set(d, Array.from({ length: 300 }, () => pick(rx, names)));
    }
  }
  const stateOf = new Map<string, StateCode>();
  for (const s of states) for (const d of options.districts[s]) stateOf.set(d, s);
  const neighboursOf = (state: StateCode, district: string): string[] => options.neighbours?.[state]?.[district] ?? [];
  // A district's name in the script of the report: the state's own script, else Latin.
  const districtName = (state: StateCode, district: string, script: Script): string => {
    const n = options.districtNames![state][district]!;
    return script === stateScript[state] ? n.native : n.en;
  };
  /** A child's home as an officer writes it on a missing report: village or town locality, and the district. */
  function homeAddress(child: Child, script: Script): string {
    const dist = districtName(child.state, child.district, script);
    if (!child.village) return `${child.locality}, ${dist}`;
    const village = writeWord(child.village, script, child.state, rx);
    const r = rx();
    if (script !== 'latin') return `${village}, ${dist}`;
    if (r < 0.5) return `Vill. ${village}, Dist. ${dist}`;
    if (r < 0.85) return `${village}, ${dist}`;
    // An address with the post office, another village of the district.
    return `Vill. ${village}, P.O. ${writeWord(pick(rx, villagesOf.get(child.district)!), script, child.state, rx)}, Dist. ${dist}`;
  }
  /** The home as a child tells it: often only the village, mis-heard, sometimes only the district or town. */
  function homeSaid(child: Child, script: Script): string {
    const dist = districtName(child.state, child.district, script);
    const r = rx();
    if (!child.village) return r < 0.5 ? `${child.locality}, ${dist}` : dist;
    const village = writeWord(child.village, script, child.state, rx, 0.3);
    return r < 0.55 ? village : r < 0.8 ? `${village}, ${dist}` : dist;
  }

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
    let father: NameEntry | undefined;
    if (state === 'GJ') {
      father = zipf(rng, boyNames.GJ.concat(boyNames.common));
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
    const child: Child = { state, district, locality, sex, name, first, surname, pet, birthDay, missingDay, heightOffset: normal(rng) * 5, languages, marks };
    if (!plain) {
      // What the first generator did not draw comes from a second stream, so that everything else stays the same.
      // Fathers: the Gujarati middle name when the name has one, else a man's name of the community.
      child.father = father ?? (community === 'muslim' ? zipf(rx, boyNames.muslim) : community === 'tribal' && rx() < 0.6 ? zipf(rx, boyNames.JHtribal) : rx() < 0.4 && state !== 'JH' ? zipf(rx, boyNames[state]) : zipf(rx, boyNames.common));
      // A third of the children live in the district's town, the others in one of its villages.
      if (rx() < 0.65) child.village = pick(rx, villagesOf.get(district)!);
      // Many pet names are made from the given name (Raju for Rajesh, Sunu for Sunita); the rest are generic.
      if (child.pet && rx() < 0.55) {
        const made = derivedPet(first, sex, rx);
        if (made) [child.plainPet, child.pet] = [child.pet, made];
      }
    }
    if (appearance) {
      child.complexion = drawComplexion(state, rc);
      child.build = drawBuild(rc);
      child.clothes = drawClothes(sex, age, state, rc);
      const d = disabilityOf(rc);
      if (d) child.disability = d;
    }
    return child;
  }

  function scriptFor(state: StateCode): Script {
    const r = rng();
    return r < 0.55 ? 'latin' : r < 0.95 || state === 'JH' ? stateScript[state] : 'deva';
  }

  // The first generator's draws are made (and dropped) for a replaced pet name, so the rest of the data stays the same.
  const writePet = (child: Child, script: Script, region: string): string => {
    const first = writeWord(child.plainPet ?? child.pet!, script, region, rng);
    return child.plainPet ? writeWord(child.pet!, script, region, rx) : first;
  };
  const writeName = (words: NameEntry[], script: Script, region: string, r: Rng = rng, slipRate?: number): string => words.map((w) => writeWord(w, script, region, r, slipRate)).join(' ');

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
    if (report.name && child.pet && child.state === 'WB' && rng() < 0.6) report.otherNames = writePet(child, script, child.state);
    else if (report.name && child.pet && rng() < 0.25) {
      const pet = writePet(child, script, child.state);
      report.name = rng() < 0.5 ? `${report.name} (${pet})` : `${report.name} ${script === 'latin' ? 'urf' : 'उर्फ'} ${pet}`;
    }
    if (child.state !== 'GJ' && rng() < 0.35) report.dateOfBirth = iso(child.birthDay);
    if (rng() < 0.5) report.heightCm = heightOn(child, child.missingDay) + Math.round(normal(rng) * 2);
    if (rng() < 0.85) report.languages = child.languages;
    if (child.marks.length > 0 && rng() < 0.8) report.identificationMarks = describeMarks(child.marks, rng() < 0.7 ? 'en' : stateLanguage[child.state]);
    if (!plain) {
      // The family gives the father's name on nine reports in ten (a mother alone, or a guardian, on the others),
      // in the script of the child's name with the same spelling variation; the home address always.
      if (child.father && rx() < 0.9) report.fatherName = writeName(child.surname && rx() < 0.65 ? [child.father, child.surname] : [child.father], script, child.state, rx);
      report.homeTown = homeAddress(child, script);
    }
    if (appearance) {
      // The complainant is asked what the child wore and what it looks like; not every report has it.
      if (rc() < 0.8) report.clothing = describeClothes(observe(child.clothes!, rc), rc() < 0.7 ? 'en' : stateLanguage[child.state], rc);
      if (rc() < 0.7) report.complexion = writeComplexion(child.complexion!, child.state, 'family', rc);
      if (rc() < 0.6) report.build = writeBuild(child.build!, child.state, 0, rc);
      // A family tells of its child's disability (and asks the police to look out for it) on most reports.
      if (child.disability && rc() < 0.85) report.disabilities = child.disability;
    }
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
    // Where the child was found (plain): mostly the home district, often anywhere in the state, sometimes another state.
    const p = rng();
    let state = child.state;
    let district = child.district;
    if (p >= 0.55 && p < 0.85) district = pick(rng, options.districts[state]);
    else if (p >= 0.85) {
      state = pick(rng, states.filter((s) => s !== child.state));
      district = pick(rng, options.districts[state]);
    }
    let locality = district === child.district && rng() < 0.4 ? child.locality : pick(rng, localitiesOf.get(district)!);
    const plainAway = district !== child.district;
    let railway = false;
    if (!plain) {
      // Found at home on 55 reports in 100; away from home, mostly next door (17) or at a railway junction of the
      // state (8), less often anywhere in the state (10), rarely in another state (10, half of them at its junctions).
      const q = rx();
      const hubs = (s: StateCode): readonly string[] => railwayHubs[s];
      const near = neighboursOf(child.state, child.district);
      state = child.state;
      if (q < 0.55) district = child.district;
      else if (q < 0.72 && near.length > 0) district = pick(rx, near);
      else if (q < 0.8) {
        const away = hubs(state).filter((d) => d !== child.district);
        district = pick(rx, away);
        railway = true;
      } else if (q < 0.9) district = pick(rx, options.districts[state]);
      else {
        state = pick(rx, states.filter((s) => s !== child.state));
        railway = rx() < 0.5;
        district = railway ? pick(rx, hubs(state)) : pick(rx, options.districts[state]);
      }
      locality = district === child.district && rx() < 0.4 ? child.locality : pick(rx, localitiesOf.get(district)!);
    }
    const place: FoundNote['place'] = state !== child.state ? 'other-state' : district === child.district ? 'district' : neighboursOf(state, child.district).includes(district) ? 'neighbour' : 'state';
    const trueAge = ageOn(child.birthDay, foundDay);
    const ageError = Math.max(-4, Math.min(4, Math.round(normal(rng) * 1.1)));
    const report: ChildReport = {
      id,
      kind: 'found',
      sex: rng() < 0.003 ? (child.sex === 'male' ? 'female' : 'male') : child.sex,
      age: Math.max(0, trueAge + ageError),
      date: iso(foundDay),
      place: (plainAway && rng() < 0.25 && (plain || place !== 'district')) || railway ? `Railway Station, ${locality}` : locality,
      district,
      state,
    };
    // Very young (and some older, mute or frightened) children give no name; some give only a pet name.
    const young = trueAge < 5 ? 0.6 : trueAge < 8 ? 0.15 : 0.05;
    const script = scriptFor(state);
    let nameForm: FoundNote['nameForm'];
    const n = rng();
    // With disabilities drawn, a child who cannot hear or speak (or answer) is often the one who gives no name; the
    // others give none a little less often, so that as many found children as before are nameless.
    const mute = appearance && trueAge >= 3 && child.disability !== undefined && (child.disability.includes('speech') || child.disability.includes('intellectual'));
    const others = appearance && trueAge >= 3 ? Math.max(0, (young - disabledNameless) / (1 - disabledShare)) : young;
    if (mute ? rc() < (child.disability!.includes('speech') ? 0.9 : 0.55) : n < others) nameForm = 'none';
    else if (child.pet && n < others + 0.12) nameForm = 'pet';
    else {
      const f = rng();
      nameForm = f < 0.3 ? 'first' : f < 0.6 && child.surname ? 'first+surname' : 'full';
    }
    if (nameForm === 'pet') report.name = writePet(child, script, state);
    else if (nameForm === 'first') report.name = writeName([child.first], script, state);
    else if (nameForm === 'first+surname') report.name = writeName([child.first, child.surname!], script, state);
    else if (nameForm === 'full') report.name = writeName(child.name, script, state);
    let saysFather = false;
    let saysHome = false;
    if (!plain && nameForm !== 'none') {
      // A child who talks (the named ones: see speaks()) may give the father's name, often only his first name,
      // heard and written by the officer (more slips); the home; and sometimes the pet name as well as the name.
      if (child.father && rx() < givesFather(trueAge) / speaks(trueAge)) {
        saysFather = true;
        report.fatherName = writeName(child.surname && rx() < 0.4 ? [child.father, child.surname] : [child.father], script, state, rx, 0.2);
      }
      if (rx() < givesHome(trueAge) / speaks(trueAge)) {
        saysHome = true;
        report.homeTown = homeSaid(child, script);
      }
      if (child.pet && nameForm !== 'pet' && rx() < 0.2) report.name = `${report.name} (${writeWord(child.pet, script, state, rx)})`;
    }
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
    let clothes: FoundNote['clothes'] = 'n/a';
    if (appearance) {
      // What an officer sees, whether or not the child talks: the clothes (the ones it went missing in, if found
      // soon), complexion and build.
      const same = sameClothes(foundDay - child.missingDay, rc);
      const worn = same ? child.clothes! : drawClothes(child.sex, trueAge, state, rc);
      if (rc() < 0.75) {
        report.clothing = describeClothes(observe(worn, rc), rc() < 0.7 ? 'en' : stateLanguage[state], rc);
        const m = truth.has(id) ? missing[Number(truth.get(id)!.slice(1))]! : undefined;
        if (m?.clothing) clothes = same ? 'same' : 'other';
      }
      if (rc() < 0.65) report.complexion = writeComplexion(child.complexion!, state, 'officer', rc);
      if (rc() < 0.6) report.build = writeBuild(child.build!, state, (foundDay - child.missingDay) / 30, rc);
      // An officer sees that a child cannot hear or speak, less often a slow mind; a silent, frightened child is
      // sometimes ticked as unable to speak.
      const seen = (child.disability ?? []).filter((d) => rc() < (d === 'intellectual' ? 0.6 : d === 'visual' ? 0.7 : d === 'physical' ? 0.8 : 0.9));
      if (seen.length === 0 && nameForm === 'none' && trueAge >= 5 && rc() < 0.15) seen.push('speech');
      if (seen.length > 0) report.disabilities = seen;
    }
    const missingScript = truth.has(id) ? missing[Number(truth.get(id)!.slice(1))]!.name : undefined;
    const [a, b] = [scriptOf(missingScript), scriptOf(report.name)];
    notes.set(id, { nameForm, script: a === 'none' || b === 'none' ? 'n/a' : a === b ? 'same' : 'different', place, ageError, father: saysFather, home: saysHome, clothes, disabled: child.disability !== undefined });
    found.push(report);
  }
  return { missing, found, truth, notes };
}

function scriptOf(text: string | null | undefined): string {
  if (!text) return 'none';
  const c = text.codePointAt(0)!;
  return c >= 0x0900 && c < 0x0980 ? 'deva' : c >= 0x0980 && c < 0x0a00 ? 'beng' : c >= 0x0a80 && c < 0x0b00 ? 'gujr' : 'latin';
}
