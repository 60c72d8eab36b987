// A missing or found report normalised for matching: script-independent name tokens, estimated birth date,
// report day, place, languages and parsed identification marks. Pure: no clock, no IO.
import { buildOf, complexionOf, parseClothing, type Build, type ClothingItem, type Complexion } from './clothing';
import { disabilitiesOf, type Disability } from './disability';
import { parseMarks, type Mark } from './marks';
import { nameKeys } from './nameKey';
import { coarseKey, nameTokens, skeleton } from './phonetic';

export type Sex = 'male' | 'female' | 'transgender';
export type ReportKind = 'missing' | 'found';

/** A missing or found report as plain data; every field but id and kind may be absent. */
export interface ChildReport {
  id: string;
  kind: ReportKind;
  /** The child's name in any script (Latin, Devanagari, Gujarati, Bengali). */
  name?: string | null;
  /** Other names the child is known by, separated by commas or semicolons. */
  otherNames?: string | null;
  /** Stated (missing) or apparent (found) age in completed years. */
  age?: number | null;
  dateOfBirth?: string | null;
  sex?: Sex | string | null;
  heightCm?: number | null;
  /** ISO date the child went missing (missing report) or was found (found report). */
  date?: string | null;
  place?: string | null;
  district?: string | null;
  state?: string | null;
  languages?: readonly string[] | null;
  identificationMarks?: string | null;
  fatherName?: string | null;
  /** The child's home: village, town or address (missing report), or the home the child names (found report). */
  homeTown?: string | null;
  /** Complexion: "fair", "wheatish", "dusky" or "dark" (a form's choice), or a word for one in any of the four languages. */
  complexion?: string | null;
  /** Build: "slim" (or "thin"), "medium" or "heavy", or a word for one in any of the four languages. */
  build?: string | null;
  /** What the child wore when last seen (missing) or when found, as free text in any of the four languages. */
  clothing?: string | null;
  /** Disabilities: a form's choices (hearing, speech, visual, physical, intellectual) or words for them. */
  disabilities?: readonly string[] | string | null;
}

/** The normalised report the index and the scorer work on (plain data, can be cached as JSON). */
export interface MatchProfile {
  id: string;
  kind: ReportKind;
  /** The name as written, for explanations. */
  displayName?: string;
  /** Name variants (name, other names), each as significant coarse phonetic tokens. */
  names: string[][];
  /** Father's name as coarse phonetic tokens. */
  father: string[];
  /** Father's name and home as written, for explanations. */
  fatherText?: string;
  homeText?: string;
  /** Words of the home village, town or address as coarse phonetic tokens (any script), generic words dropped. */
  home: string[];
  /** Age in years at the report date (midpoint of the stated year, or exact from the date of birth). */
  age?: number;
  /** Estimated birth day (days since 1970-01-01). */
  birthDay?: number;
  ageFromBirthDate: boolean;
  sex?: Sex;
  heightCm?: number;
  /** The report day: days since 1970-01-01. */
  day?: number;
  date?: string;
  placeTokens: string[];
  /** The place is a railway station: a child found there has most often travelled from elsewhere. */
  atStation?: boolean;
  district?: string;
  state?: string;
  languages: string[];
  marks: Mark[];
  marksText?: string;
  complexion?: Complexion;
  build?: Build;
  /** Clothing parsed into (garment, colour) items. */
  clothes: ClothingItem[];
  clothingText?: string;
  /** Disabilities recorded on the report (none recorded is not "none"). */
  disabilities: Disability[];
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date (its date part), or undefined. */
export function dayNumber(iso: string | null | undefined): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = isoDay.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : undefined;
}

export const daysPerYear = 365.25;

// Words in place descriptions that do not tell places apart.
const genericPlaceWords = new Set(
  ['near', 'at', 'the', 'of', 'in', 'on', 'from', 'road', 'rd', 'bus', 'stand', 'railway', 'station', 'stn', 'rly', 'market', 'bazar', 'bazaar', 'school', 'temple', 'mandir', 'village', 'vill', 'po', 'ps', 'dist', 'district', 'town', 'city', 'chowk', 'gate', 'area', 'platform', 'no', 'ghat', 'colony', 'nagar', 'para', 'street', 'lane', 'block', 'taluka', 'tehsil'].flatMap((w) => nameKeys(w)),
);

// Words that make a place a railway station, in English, Hindi, Bengali and Gujarati.
const stationWords = new Set(
  ['railway', 'station', 'stn', 'rly', 'junction', 'jn', 'platform', 'रेलवे', 'स्टेशन', 'जंक्शन', 'প্ল্যাটফর্ম', 'রেল', 'স্টেশন', 'জংশন', 'રેલવે', 'સ્ટેશન', 'જંક્શન'].flatMap((w) => nameKeys(w)),
);

function sexOf(value: unknown): Sex | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'male' || v === 'm' || v === 'boy') return 'male';
  if (v === 'female' || v === 'f' || v === 'girl') return 'female';
  if (v === 'transgender' || v === 't' || v === 'tg' || v === 'other') return 'transgender';
  return undefined;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const text = (s: unknown): string | undefined => (typeof s === 'string' && s.trim().length > 0 ? s : undefined);

// Address words, in the coarse phonetic form of home tokens ("Vill.", "Dist.", "P.O.", गाँव, গ্রাম, ગામ, જિલ્લો ...).
const genericHomeWords = new Set(
  ['vill', 'village', 'gram', 'gaon', 'po', 'ps', 'post', 'dist', 'district', 'dt', 'jila', 'zila', 'thana', 'block', 'taluka', 'tehsil', 'near', 'at', 'of', 'the', 'in', 'from', 'town', 'city', 'mohalla', 'ward', 'no', 'house', 'road', 'rd', 'east', 'west', 'north', 'south', 'purba', 'paschim', 'uttar', 'dakshin', 'gaam', 'jillo', 'jilla', 'গ্রাম', 'জেলা', 'থানা', 'गाँव', 'गांव', 'ग्राम', 'जिला', 'ज़िला', 'थाना', 'પોસ્ટ', 'ગામ', 'જિલ્લો', 'જિલ્લા', 'તાલુકો']
    .flatMap((w) => nameKeys(w))
    .map(coarseKey),
);

/** The significant words of a home village, town or address as coarse phonetic tokens. */
export function homeTokens(place: string): string[] {
  return [...new Set(nameKeys(place).map(coarseKey).filter((k) => k.length > 2 && !genericHomeWords.has(k) && !/^\d+$/.test(k)))];
}

/** Normalises a missing or found report into a profile for matching. */
export function toMatchProfile(report: ChildReport): MatchProfile {
  const name = text(report.name);
  const names: string[][] = [];
  const seen = new Set<string>();
  // "Rahul (Guddu)", "Rahul urf Guddu", "Rahul @ Guddu", "Rahul alias Guddu": the second name is another name.
  const [main, ...aliases] = name ? name.split(/[()@]|\s(?:urf|alias|उर्फ)\s/iu) : [];
  for (const variant of [main, ...aliases, ...(text(report.otherNames)?.split(/[,;/]+/) ?? [])]) {
    if (!variant) continue;
    const tokens = nameTokens(variant);
    const key = tokens.join(' ');
    if (tokens.length > 0 && !seen.has(key)) {
      seen.add(key);
      names.push(tokens);
    }
  }
  const day = dayNumber(report.date);
  const dobDay = dayNumber(report.dateOfBirth);
  let age: number | undefined;
  let birthDay: number | undefined;
  let ageFromBirthDate = false;
  if (dobDay !== undefined && (day === undefined || dobDay <= day)) {
    birthDay = dobDay;
    ageFromBirthDate = true;
    if (day !== undefined) age = (day - dobDay) / daysPerYear;
    else if (finite(report.age)) age = report.age + 0.5;
  } else if (finite(report.age) && report.age >= 0) {
    age = report.age + 0.5;
    if (day !== undefined) birthDay = Math.round(day - age * daysPerYear);
  }
  const place = text(report.place);
  const marksText = text(report.identificationMarks);
  const profile: MatchProfile = {
    id: report.id,
    kind: report.kind,
    names,
    father: text(report.fatherName) ? nameTokens(report.fatherName!) : [],
    home: text(report.homeTown) ? homeTokens(report.homeTown!) : [],
    ageFromBirthDate,
    placeTokens: place ? nameKeys(place).filter((k) => k.length > 1 && !genericPlaceWords.has(k)) : [],
    languages: [...new Set((report.languages ?? []).filter((l): l is string => typeof l === 'string').map((l) => l.trim().toLowerCase()).filter(Boolean))],
    marks: marksText ? parseMarks(marksText) : [],
    clothes: text(report.clothing) ? parseClothing(report.clothing!) : [],
    disabilities: disabilitiesOf(report.disabilities),
  };
  if (place && nameKeys(place).some((k) => stationWords.has(k))) profile.atStation = true;
  const complexion = complexionOf(report.complexion);
  if (complexion) profile.complexion = complexion;
  const build = buildOf(report.build);
  if (build) profile.build = build;
  if (profile.clothes.length > 0) profile.clothingText = report.clothing!;
  if (name) profile.displayName = name;
  if (profile.father.length > 0) profile.fatherText = report.fatherName!;
  if (profile.home.length > 0) profile.homeText = report.homeTown!;
  if (age !== undefined) profile.age = age;
  if (birthDay !== undefined) profile.birthDay = birthDay;
  const sex = sexOf(report.sex);
  if (sex) profile.sex = sex;
  if (finite(report.heightCm) && report.heightCm > 20 && report.heightCm < 250) profile.heightCm = report.heightCm;
  if (day !== undefined) {
    profile.day = day;
    profile.date = report.date!.slice(0, 10);
  }
  if (text(report.district)) profile.district = report.district!.trim().toUpperCase();
  if (text(report.state)) profile.state = report.state!.trim().toUpperCase();
  if (marksText) profile.marksText = marksText;
  return profile;
}

/** Name-block keys of a profile: first three letters and consonant skeleton of each name token. */
export function nameBlockKeys(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const tokens of profile.names) {
    for (const t of tokens) {
      if (t.length < 2) continue;
      keys.add('p' + t.slice(0, 3));
      const sk = skeleton(t);
      if (sk.length >= 2) keys.add('s' + sk.slice(0, 3));
    }
  }
  return [...keys];
}

/** Fallback name-block keys, for a query whose main blocks find little: first letter and last two of each token. */
export function nameFallbackKeys(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const tokens of profile.names) for (const t of tokens) if (t.length >= 4) keys.add('e' + t[0] + t.slice(-2));
  return [...keys];
}
