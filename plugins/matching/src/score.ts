// Scoring a missing report against a found report. Each feature present on both sides adds or subtracts points
// (log-odds style, as in Fellegi–Sunter record linkage); a feature absent on either side adds nothing, so partial
// reports are not penalised. The total goes through a logistic curve to a score in 0..1.
import { buildSteps, clothingSimilarity, complexionSteps, itemKey, itemSimilarity } from './clothing';
import { marksSimilarity, type Mark } from './marks';
import { hundredths, tenths, type Reason } from './reason';
import { isPetName, isPetNameOf, nameSimilarity, tokenSimilarity } from './phonetic';
import { daysPerYear, toMatchProfile, type ChildReport, type MatchProfile } from './profile';

export type FeatureName = 'name' | 'fatherName' | 'homeTown' | 'age' | 'sex' | 'dates' | 'place' | 'languages' | 'marks' | 'height' | 'clothing' | 'complexion' | 'build' | 'disability' | 'claims';

/** One feature's part in a score: its similarity, its weight (the most points it can add), points it added. */
export interface FeatureScore {
  feature: FeatureName;
  /** Agreement 0..1. */
  score: number;
  /** Importance: the points a full agreement adds. */
  weight: number;
  /** Points added to (or taken from) the total. */
  points: number;
  /** In English, for the command line and the bench. */
  explanation: string;
  /** The explanation as a key and values, to be written in the user's language. */
  reason: Reason;
}

export interface MatchScore {
  /** Likelihood-like score 0..1 that the two reports are the same child. */
  score: number;
  /** True when the pair is impossible (the child was found before going missing). */
  excluded: boolean;
  features: FeatureScore[];
}

/**
 * Weights: the points a full agreement adds; disagreements take up to `against` points away. They follow the
 * log-likelihood ratio of each agreement level (how much likelier it is between reports of the same child than
 * between two children who merely share a name or an age), estimated by bench/matching/fit.ts on a tuning seed of
 * the generated data set: the same district is rare by chance, a found date within weeks of the missing date is
 * common for true pairs, heights of children the same age are alike anyway. A point is 1/1.2 of a nat.
 */
export const featureWeights = {
  name: { for: 6.7, against: 7 },
  fatherName: { for: 3.4, against: 2 },
  homeTown: { for: 2.1, against: 1.5 },
  age: { for: 2.3, against: 3.4 },
  sex: { for: 0.7, against: 7 },
  dates: { for: 2.2, against: 2.8 },
  place: { for: 3.3, against: 0.6 },
  languages: { for: 0.8, against: 3 },
  marks: { for: 5.2, against: 2 },
  height: { for: 0.6, against: 2.8 },
  clothing: { for: 2.5, against: 0.75 },
  complexion: { for: 0.63, against: 1.45 },
  build: { for: 0.6, against: 1.05 },
  disability: { for: 2.35, against: 1.75 },
} as const satisfies Record<Exclude<FeatureName, 'claims'>, { for: number; against: number }>;

/** Options for scoring: how common each name token is among the reports (from the index). */
export interface ScoreOptions {
  /**
   * Share of reports whose name has this coarse token (0..1, smoothed). A rare name agreeing is strong evidence,
   * a common one weak. Without it every name counts as typical (1 in 200).
   */
  nameFrequency?: (token: string) => number;
  /** Share of reports with languages that list this language; a rare language (Santali, Kurukh) in common says more. */
  languageFrequency?: (language: string) => number;
  /** Share of reports with marks that have a mark of this type; a shared tattoo says more than a shared mole. */
  markFrequency?: (type: string) => number;
  /** Share of reports with a father's name whose father's name has this coarse token; a rare father's name agreeing says more. */
  fatherFrequency?: (token: string) => number;
  /** Share of reports with a home whose home has this coarse token; a village few reports name says more than a district. */
  homeFrequency?: (token: string) => number;
  /** Share of reports with clothing that name this item ("red|frock"); a purple lehenga agreeing says more than a white shirt. */
  clothingFrequency?: (item: string) => number;
  /** Whether two districts of a state border each other (from the state's `matching.neighbours`). */
  neighbours?: (state: string, a: string, b: string) => boolean;
}

/** Typical share of a language among reports listing languages, and of a mark type among reports with marks. */
export const typicalLanguageFrequency = 0.3;
export const typicalMarkFrequency = 0.3;
/** Typical share of a father's name token among reports with one, and of a home token among reports with a home. */
export const typicalFatherFrequency = 0.005;
export const typicalHomeFrequency = 0.01;
/** Typical share of a clothing item (garment and colour) among reports with clothing. */
export const typicalClothingFrequency = 0.02;

/** The share of reports a typical name token is on; rarer tokens add points, commoner ones take them away. */
export const typicalNameFrequency = 0.005;
// Points per nat of rarity (ln(typical / share)) of each agreeing name token.
const rarityWeight = 0.66;

/** Piecewise-linear interpolation through (x, y) points sorted by x; flat beyond the ends. */
function piecewise(x: number, points: readonly (readonly [number, number])[]): number {
  if (x <= points[0]![0]) return points[0]![1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (x <= x1) {
      const [x0, y0] = points[i - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1]![1];
}

// The total is a log-odds: the bias stands for the prior odds that one report among many is the child's, so
// that a shared common name alone scores low and name, date and place together score high.
const bias = 10;
const scale = 1.2;


const fmt = (n: number, digits = 2): string => n.toFixed(digits);
const clamp01 = (n: number): number => (n < 0 ? 0 : n > 1 ? 1 : n);

type Explain = boolean;
interface Part {
  feature: FeatureName;
  score: number;
  points: number;
  explanation?: string;
  reason?: Reason;
  /** The pair cannot be the same child (found before going missing). */
  impossible?: boolean;
}

function bestNameSimilarity(a: readonly string[][], b: readonly string[][]): { sim: number; ai: number; bi: number } {
  let best = { sim: 0, ai: 0, bi: 0 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const sim = nameSimilarity(a[i]!, b[j]!);
      if (sim > best.sim) best = { sim, ai: i, bi: j };
    }
  }
  return best;
}

/** Name agreement of two profiles: the best similarity between name variants, how many words it aligned, and the
 * rarity (nats above a typical name) of the tokens that agree. */
export interface NameAgreement {
  sim: number;
  words: number;
  rarity: number;
}

// Points by name similarity (nats × 1.2, estimated on the tuning seed): one word agreeing, two or more agreeing.
const oneWord = [[0.5, -7], [0.6, -5], [0.7, -3], [0.8, -1.5], [0.85, 0.3], [0.9, 1.4], [0.95, 2.4], [1, 2.6]] as const;
const twoWords = [[0.5, -7], [0.6, -5], [0.7, -2], [0.8, -1], [0.85, 0.2], [0.9, 2.2], [0.95, 5.2], [1, 6.7]] as const;

// Points for a pet name made from the other report's given name (estimated on the tuning seed): not agreement,
// but no longer the disagreement of two different names (−0.5 instead of −3 to −7).
const petLinkPoints = -0.5;

/** True if a one-word name on either side is a pet name made from the first word of a name on the other. */
function petLinked(a: readonly string[][], b: readonly string[][]): boolean {
  for (const x of a) for (const y of b) if ((x.length === 1 && isPetNameOf(x[0]!, y[0]!)) || (y.length === 1 && isPetNameOf(y[0]!, x[0]!))) return true;
  return false;
}

function nameFeature(m: MatchProfile, f: MatchProfile, explain: Explain, known: NameAgreement | undefined, options: ScoreOptions): Part | undefined {
  if (m.names.length === 0 || f.names.length === 0) return undefined;
  const agreement = known ?? nameAgreement(m, f, options);
  const best = explain ? bestNameSimilarity(m.names, f.names) : undefined;
  const { sim, words, rarity } = agreement;
  // Above 0.85 the names are spellings of one name, and the closer the likelier; below, different names. Agreeing
  // on two words (given name and surname) says more than agreeing on a given name alone, a rare name more than a
  // common one.
  const petOnly = m.names.every(isPetName) || f.names.every(isPetName);
  let points = piecewise(sim, words >= 2 ? twoWords : oneWord);
  if (sim >= 0.8 && !petOnly) points += rarityWeight * rarity;
  // A child often gives a pet name ("Guddu", "Pinki") that is not on the missing report: that is weak evidence against.
  const pet = sim < 0.8 && petOnly;
  if (pet) points = Math.max(points, -1);
  // A pet name made from the registered name ("Raju" for Rajesh, "Sunu" for Sunita) is weaker agreement.
  const link = sim < 0.8 && petLinked(m.names, f.names);
  if (link) points = Math.max(points, petLinkPoints);
  const part: Part = { feature: 'name', score: sim, points };
  if (explain && best) {
    const mk = m.names[best.ai]!.join(' ');
    const fk = f.names[best.bi]!.join(' ');
    const verdict = link ? 'a pet name made from the registered name' : pet ? 'a pet name, perhaps not the registered name' : sim >= 0.95 ? 'same name' : sim >= 0.85 ? 'spelling variant' : sim >= 0.75 ? 'similar name' : 'different name';
    const how = sim >= 0.8 && !petOnly && rarity > 0.7 ? ', a rare name' : sim >= 0.8 && !petOnly && rarity < -0.7 ? ', a common name' : '';
    part.explanation = `${verdict}: "${m.displayName ?? mk}" and "${f.displayName ?? fk}" sound as [${mk}] and [${fk}], similarity ${fmt(sim)}${how}`;
    const kind = link ? 'petLink' : pet ? 'pet' : sim >= 0.95 ? 'same' : sim >= 0.85 ? 'spelling' : sim >= 0.75 ? 'similar' : 'different';
    part.reason = { key: `name.${kind}`, params: { missingName: m.displayName ?? mk, foundName: f.displayName ?? fk, similarity: hundredths(sim), ...(how ? { note: rarity > 0.7 ? 'rareName' : 'commonName' } : undefined) } };
  }
  return part;
}

/** Sum over the tokens of `a` agreeing with a token of `b` (similarity ≥ `least`) of ln(typical / share of the commoner); the most rare one if `most`. */
function agreeingRarity(a: readonly string[], b: readonly string[], least: number, typical: number, frequency: (token: string) => number, most: boolean): number {
  let rarity = 0;
  for (const t of a) {
    let best = 0;
    let match = '';
    for (const u of b) {
      const s = tokenSimilarity(t, u);
      if (s > best) [best, match] = [s, u];
    }
    if (best < least) continue;
    const r = Math.log(typical / Math.max(frequency(t), frequency(match)));
    rarity = most ? Math.max(rarity, r) : rarity + r;
  }
  return rarity;
}

// Points by father's name similarity (nats × 1.2, estimated on the tuning seed); a child often gives only the
// father's first name, which the alignment compares with the first or any word of the registered one.
// Wholly different fathers' names count −2, not the estimated −3.3: on real reports a guardian, an uncle or a
// stepfather may be named on one side and the father on the other.
const fatherCurve = [[0.6, -2], [0.7, -0.9], [0.8, -0.3], [0.85, 0.5], [0.9, 1.3], [0.95, 1.9], [0.99, 2.1], [1, 3.4]] as const;
const fatherRarityWeight = 0.35;

function fatherFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions): Part | undefined {
  if (m.father.length === 0 || f.father.length === 0) return undefined;
  const sim = nameSimilarity(m.father, f.father);
  let points = piecewise(sim, fatherCurve);
  // A rare father's name agreeing ("Budhram") says more than a common one ("Ramesh").
  const rarity = sim >= 0.85 && options.fatherFrequency ? agreeingRarity(f.father, m.father, 0.85, typicalFatherFrequency, options.fatherFrequency, false) : 0;
  points += fatherRarityWeight * rarity;
  const part: Part = { feature: 'fatherName', score: sim, points };
  if (explain) {
    part.explanation = `father's name [${m.father.join(' ')}] and [${f.father.join(' ')}], similarity ${fmt(sim)}${rarity > 0.7 ? ', a rare name' : rarity < -0.7 ? ', a common name' : ''}`;
    const note = rarity > 0.7 || rarity < -0.7 ? { note: rarity > 0.7 ? 'rareName' : 'commonName' } : undefined;
    part.reason = { key: `fatherName.${sim >= 0.95 ? 'same' : sim >= 0.85 ? 'similar' : 'different'}`, params: { missingName: m.fatherText ?? m.father.join(' '), foundName: f.fatherText ?? f.father.join(' '), similarity: hundredths(sim), ...note } };
  }
  return part;
}

// Points by the best agreement of a home word the found child gives with the missing child's home (village,
// town or district as written on the missing report), and per nat of rarity of the agreeing word.
// No agreement counts −1.5, not the estimated −2.7: a child may name where it last stayed, or a place the officer
// cannot find on the missing report; the generator has no such children.
const homeCurve = [[0.6, -1.5], [0.7, -0.6], [0.8, 0.2], [0.85, 0.5], [0.9, 1], [1, 2.1]] as const;
const homeRarityWeight = 2;

function homeFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions): Part | undefined {
  if (m.home.length === 0 || f.home.length === 0) return undefined;
  let sim = 0;
  let said = '';
  let known = '';
  for (const t of f.home) {
    for (const u of m.home) {
      const s = tokenSimilarity(t, u);
      if (s > sim) [sim, said, known] = [s, t, u];
    }
  }
  let points = piecewise(sim, homeCurve);
  // A village few reports name agreeing is strong; the name of a district, on every report from it, is weaker.
  const rarity = sim >= 0.8 && options.homeFrequency ? agreeingRarity(f.home, m.home, 0.8, typicalHomeFrequency, options.homeFrequency, true) : 0;
  points += homeRarityWeight * rarity;
  const part: Part = { feature: 'homeTown', score: sim, points };
  if (explain) {
    part.explanation = sim >= 0.8 ? `home named as [${f.home.join(' ')}], home on the missing report [${m.home.join(' ')}]: [${said}] and [${known}] agree, similarity ${fmt(sim)}${rarity > 0.7 ? ', a place few reports name' : ''}` : `home named as [${f.home.join(' ')}], home on the missing report [${m.home.join(' ')}]: no word agrees`;
    const homes = { missingHome: m.homeText ?? m.home.join(' '), foundHome: f.homeText ?? f.home.join(' ') };
    part.reason = sim >= 0.8 ? { key: 'homeTown.agree', params: { ...homes, similarity: hundredths(sim), ...(rarity > 0.7 ? { note: 'rarePlace' } : {}) } } : { key: 'homeTown.differ', params: homes };
  }
  return part;
}

function ageFeature(m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined {
  if (f.age === undefined) return undefined;
  // The missing child's age on the day the child was found.
  let expected: number | undefined;
  if (m.ageFromBirthDate && m.birthDay !== undefined && f.day !== undefined) expected = (f.day - m.birthDay) / daysPerYear;
  else if (m.age !== undefined) expected = m.age + (m.day !== undefined && f.day !== undefined && f.day > m.day ? (f.day - m.day) / daysPerYear : 0);
  if (expected === undefined) return undefined;
  const diff = Math.abs(expected - f.age);
  // Within half a year: full agreement; within 2 (an estimate): most of it; 2.5: neutral; 3 and more: disagreement.
  const points = piecewise(diff, [[0.5, 2.3], [1, 1.9], [1.5, 1.8], [2, 1.3], [2.5, 0.4], [3, -0.6], [4, -1.4], [5, -2.3], [6, -3.4]]);
  const score = diff <= 1 ? 1 : clamp01(1 - (diff - 1) / 4);
  const part: Part = { feature: 'age', score, points };
  if (explain) {
    part.explanation = `expected age when found ${fmt(expected, 1)}, ${f.ageFromBirthDate ? 'age' : 'apparent age'} ${fmt(f.age, 1)}: ${fmt(diff, 1)} years apart${diff <= 2 ? ' (within the ±2 year tolerance)' : ''}`;
    part.reason = { key: diff <= 2 ? 'age.within' : 'age.apart', params: { expected: tenths(expected), age: tenths(f.age), diff: tenths(diff), ageKind: f.ageFromBirthDate ? 'exact' : 'apparent' } };
  }
  return part;
}

function sexFeature(m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined {
  if (!m.sex || !f.sex) return undefined;
  let score: number;
  let points: number;
  let why: string;
  if (m.sex === f.sex) {
    score = 1;
    points = m.sex === 'transgender' ? 1.5 : featureWeights.sex.for;
    why = `both ${m.sex}`;
  } else if (m.sex === 'transgender' || f.sex === 'transgender') {
    score = 0.5;
    points = 0.1;
    why = `${m.sex} and ${f.sex}: compatible (gender may be recorded differently)`;
  } else {
    score = 0;
    points = -featureWeights.sex.against;
    why = `${m.sex} and ${f.sex}: mismatch`;
  }
  const part: Part = { feature: 'sex', score, points };
  if (explain) {
    part.explanation = why;
    part.reason = score === 1 ? { key: 'sex.same', params: { sex: m.sex } } : { key: score === 0.5 ? 'sex.compatible' : 'sex.mismatch', params: { missingSex: m.sex, foundSex: f.sex } };
  }
  return part;
}

function datesFeature(m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined {
  if (m.day === undefined || f.day === undefined) return undefined;
  const gap = f.day - m.day;
  if (gap < 0) {
    const part: Part = { feature: 'dates', score: 0, points: -20, impossible: true };
    if (explain) {
      part.explanation = `found on ${f.date}, before going missing on ${m.date}: impossible`;
      part.reason = { key: 'dates.impossible', params: { missingDate: m.date ?? '', foundDate: f.date ?? '' } };
    }
    return part;
  }
  // Most children are found within days or weeks: a gap up to a month is strong evidence, two to six months
  // neutral, a year and more against.
  const points = piecewise(gap, [[30, 2.2], [45, 0.7], [60, 0.25], [180, 0.1], [270, -1.2], [365, -1.6], [730, -2], [1095, -2.8]]);
  const score = gap <= 30 ? 1 : clamp01(Math.exp(-(gap - 30) / 365));
  const part: Part = { feature: 'dates', score, points };
  if (explain) {
    part.explanation = `found ${gap} day${gap === 1 ? '' : 's'} after going missing (${m.date} → ${f.date})`;
    part.reason = { key: 'dates.gap', params: { days: gap, missingDate: m.date ?? '', foundDate: f.date ?? '' } };
  }
  return part;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n / Math.min(a.length, b.length);
}

// Points for a child found in a district bordering the home district (estimated on the tuning seed): children
// found away from home are found more often next door than anywhere in the state.
const neighbourPoints = 1.8;
// A child found at a railway station has most often travelled: the station's district is its home district far
// less often than for a child found in a village or a street. The tuning seed's fit gives, against the rest of the
// state, −0.2 nats for the same district, +0.3 for next door and −0.9 for another state; the scorer keeps the same
// district at +1 point (a station also serves its own district, and the generator sends no child home by train)
// and next door at +0.5.
const stationDistrictPoints = 1;
const stationNeighbourPoints = 0.5;

/** The place feature's reason: districts (as codes) or states, and the place words both reports share, as written. */
function placeReason(m: MatchProfile, f: MatchProfile, neighbour: boolean, words: number): Reason {
  const sameDistrict = Boolean(m.district && f.district && m.district === f.district && (!m.state || !f.state || m.state === f.state));
  const bothStates = Boolean(m.state && f.state);
  const places = words > 0 && (sameDistrict || !bothStates) ? m.placeTokens.filter((t) => f.placeTokens.includes(t)) : [];
  // Found at a railway station, the same district and next door count less: the note says so.
  const note: Record<string, string> = f.atStation ? { note: 'station' } : {};
  if (sameDistrict) return places.length > 0 ? { key: 'place.sameDistrictWords', params: { district: m.district!, places, ...note } } : { key: 'place.sameDistrict', params: { district: m.district!, ...note } };
  if (!bothStates) return { key: 'place.words', params: { places } };
  if (neighbour) return { key: 'place.neighbours', params: { missingDistrict: m.district!, foundDistrict: f.district!, ...note } };
  if (m.state === f.state) return { key: 'place.sameState', params: { state: m.state!, missingDistrict: m.district ?? '?', foundDistrict: f.district ?? '?' } };
  return { key: 'place.differentStates', params: { missingState: m.state!, foundState: f.state! } };
}

function placeFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions = {}): Part | undefined {
  const words = overlap(m.placeTokens, f.placeTokens);
  let score: number | undefined;
  let why = '';
  let neighbour = false;
  if (m.district && f.district && m.district === f.district && (!m.state || !f.state || m.state === f.state)) {
    score = 1;
    why = `same district (${m.district})`;
  } else if (m.state && f.state) {
    score = m.state === f.state ? 0.45 : 0;
    neighbour = m.state === f.state && m.district !== undefined && f.district !== undefined && options.neighbours?.(m.state, m.district, f.district) === true;
    why = neighbour ? `neighbouring districts (${m.district}, ${f.district})` : m.state === f.state ? `same state (${m.state}), districts ${m.district ?? '?'} and ${f.district ?? '?'}` : `different states (${m.state}, ${f.state})`;
  }
  // Shared place words (a locality, a landmark) count within a district, or when districts are not known.
  if (words > 0 && (score === undefined || score === 1)) {
    why = `${why ? why + '; ' : ''}places share ${m.placeTokens.filter((t) => f.placeTokens.includes(t)).join(', ')}`;
    score = score === 1 ? 1 : 0.45 + 0.55 * words;
  }
  if (score === undefined) return undefined;
  const w = featureWeights.place;
  const station = f.atStation === true;
  const bonus = words > 0 && score === 1 ? 1.3 * words : 0;
  const forDistrict = station ? stationDistrictPoints : w.for;
  let points = (score >= 0.45 ? (forDistrict * (score - 0.45)) / 0.55 : (-w.against * (0.45 - score)) / 0.45) + bonus;
  if (neighbour) {
    const next = station ? stationNeighbourPoints : neighbourPoints;
    points += next;
    score = 0.45 + (0.55 * next) / w.for;
  }
  const part: Part = { feature: 'place', score, points };
  if (explain) [part.explanation, part.reason] = [station && (score >= 1 || neighbour) ? `${why}; found at a railway station (counts less)` : why, placeReason(m, f, neighbour, words)];
  return part;
}

function languagesFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions = {}): Part | undefined {
  if (m.languages.length === 0 || f.languages.length === 0) return undefined;
  const shared = m.languages.filter((l) => f.languages.includes(l));
  const score = shared.length / Math.min(m.languages.length, f.languages.length);
  let points = shared.length > 0 ? featureWeights.languages.for * score : -featureWeights.languages.against;
  // Sharing a language few reports list (a tribal language, Urdu) is stronger evidence than sharing Hindi.
  const frequency = options.languageFrequency;
  if (shared.length > 0 && frequency) {
    const rarest = Math.min(...shared.map(frequency));
    points = Math.max(0.2, points + 1.05 * Math.log(typicalLanguageFrequency / rarest));
  }
  const part: Part = { feature: 'languages', score, points };
  if (explain) {
    part.explanation = shared.length > 0 ? `both speak ${shared.join(', ')}` : `no common language (${m.languages.join(', ')} / ${f.languages.join(', ')})`;
    part.reason = shared.length > 0 ? { key: 'languages.shared', params: { languages: shared } } : { key: 'languages.none', params: { missingLanguages: m.languages, foundLanguages: f.languages } };
  }
  return part;
}

// Marks as codes "type|side|part" (any may be empty), for the reader to write in the user's language.
const markCodes = (marks: readonly Mark[]): string[] => marks.map((k) => `${k.type ?? ''}|${k.side ?? ''}|${k.part ?? ''}`);
const describe = (marks: readonly Mark[]): string => marks.map((k) => [k.type ?? 'mark', k.part ? `on ${k.side ? k.side + ' ' : ''}${k.part}` : ''].join(' ').trim()).join('; ');

function marksFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions = {}): Part | undefined {
  if (m.marks.length === 0 || f.marks.length === 0) return undefined;
  const score = marksSimilarity(m.marks, f.marks);
  // Full disagreement counts less than the estimate (-3.4): on real reports one officer often notes a mark the other missed.
  let points = piecewise(score, [[0, -2], [0.1, -1.6], [0.3, 0], [0.6, 1], [0.9, 3.6], [1, 5.2]]);
  // The same tattoo in the same place says more than the same mole in the same place.
  const frequency = options.markFrequency;
  if (score >= 0.55 && frequency) {
    let rarity = 0;
    for (const a of m.marks) for (const b of f.marks) if (a.type && a.type === b.type && a.part === b.part) rarity = Math.max(rarity, Math.log(typicalMarkFrequency / frequency(a.type)));
    points += 1.5 * rarity;
  }
  const part: Part = { feature: 'marks', score, points };
  if (explain) {
    part.explanation = `marks "${describe(m.marks)}" and "${describe(f.marks)}": agreement ${fmt(score)}`;
    part.reason = { key: `marks.${score >= 0.9 ? 'agree' : score >= 0.3 ? 'partly' : 'differ'}`, params: { missingMarks: markCodes(m.marks), foundMarks: markCodes(f.marks), agreement: hundredths(score) } };
  }
  return part;
}

const growthCurve = [[-10, -1.5], [-6, -0.15], [-3, 0.25], [0, 0.4], [3, 0.4], [6, -0.35], [10, -0.7], [15, -1]] as const;

function heightFeature(m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined {
  if (m.heightCm === undefined || f.heightCm === undefined) return undefined;
  const years = m.day !== undefined && f.day !== undefined && f.day > m.day ? (f.day - m.day) / daysPerYear : 0;
  // Children grow: up to about 7 cm a year; estimated heights are ±5 cm.
  const growth = f.heightCm - m.heightCm;
  const allowed = 7 * years;
  const off = growth < -5 ? -5 - growth : growth > allowed + 5 ? growth - allowed - 5 : 0;
  // Within the tolerance, heights closer to the growth expected from the age when missing (about 6.3 cm a year
  // until 15 for girls, 17 for boys) count a little more (estimated on the tuning seed).
  const stop = m.sex === 'female' ? 15 : m.sex === 'male' ? 17 : 16;
  const expected = 6.3 * (m.age !== undefined ? Math.max(0, Math.min(years, stop - m.age)) : years);
  const points = piecewise(off, [[0, 0.3], [3, -0.4], [6, -1.4], [10, -2], [15, -2.8]]) + piecewise(growth - expected, growthCurve);
  const score = off === 0 ? 1 : clamp01(1 - off / 15);
  const part: Part = { feature: 'height', score, points };
  if (explain) {
    part.explanation = `${m.heightCm} cm when missing, ${f.heightCm} cm when found${off === 0 ? ' (within tolerance)' : `: ${fmt(off, 0)} cm outside tolerance`}`;
    part.reason = { key: off === 0 ? 'height.within' : 'height.outside', params: { missingCm: m.heightCm, foundCm: f.heightCm, ...(off === 0 ? {} : { off: Math.round(off) }) } };
  }
  return part;
}

// Points by the best agreement of two items of clothing (nats × 1.2, estimated on the tuning seed), a second item
// agreeing, and per nat of rarity of the agreeing item. Clothing says less than one might hope: a red frock or a
// white school shirt is worn by many children of an age, and most children are found weeks later in other
// clothes. Near agreement (maroon for red, a T-shirt for a shirt) is as common between two children as between two
// reports of one child, so it counts nothing; other clothes within a week count a little against.
const clothingCurve = [[0, -0.35], [0.2, -0.1], [0.3, 0], [0.85, 0.1], [1, 0.75]] as const;
const clothingSecondItem = 0.9;
const clothingRarityWeight = 0.6;
const clothingChangedSoon = -0.4;

function clothingFeature(m: MatchProfile, f: MatchProfile, explain: Explain, options: ScoreOptions = {}): Part | undefined {
  if (m.clothes.length === 0 || f.clothes.length === 0) return undefined;
  const { best, second } = clothingSimilarity(m.clothes, f.clothes);
  let points = piecewise(best, clothingCurve);
  if (second >= 0.6) points += clothingSecondItem;
  let rarity = 0;
  if (best >= 0.6 && options.clothingFrequency) {
    for (const a of m.clothes) {
      for (const b of f.clothes) {
        if (a.garment && a.colour && itemSimilarity(a, b) >= 0.6) rarity = Math.max(rarity, Math.log(typicalClothingFrequency / Math.max(options.clothingFrequency(itemKey(a)), options.clothingFrequency(itemKey(b)))));
      }
    }
    points += clothingRarityWeight * rarity;
  }
  const gap = m.day !== undefined && f.day !== undefined ? f.day - m.day : undefined;
  if (best < 0.3 && gap !== undefined && gap >= 0 && gap <= 7) points += clothingChangedSoon;
  const part: Part = { feature: 'clothing', score: clamp01((best + (second >= 0.6 ? second : 0)) / 1.6), points };
  if (explain) {
    part.explanation = `clothes "${m.clothingText ?? ''}" and "${f.clothingText ?? ''}": ${best >= 0.6 ? `agree${second >= 0.6 ? ' on two items' : ''}${rarity > 0.7 ? ', rarely seen' : ''}` : best >= 0.3 ? 'partly agree' : 'differ'}${best < 0.3 && gap !== undefined && gap <= 7 ? ` though found ${gap} day${gap === 1 ? '' : 's'} later` : ''}`;
    const soon = best < 0.3 && gap !== undefined && gap <= 7;
    const kind = best >= 0.6 ? (second >= 0.6 ? 'agreeTwo' : 'agree') : best >= 0.3 ? 'partly' : soon ? 'differSoon' : 'differ';
    part.reason = { key: `clothing.${kind}`, params: { missingClothes: m.clothingText ?? '', foundClothes: f.clothingText ?? '', ...(soon ? { days: gap } : {}), ...(best >= 0.6 && rarity > 0.7 ? { note: 'rarelySeen' } : {}) } };
  }
  return part;
}

// Points by steps apart on the scale (same, next, opposite), estimated on the tuning seed: two people often
// describe one child as "fair" and "wheatish", rarely as "fair" and "dark".
const complexionCurve = [[0, 0.63], [0.5, 0.1], [1, -0.4], [1.5, -0.75], [2, -1.45]] as const;
const buildCurve = [[0, 0.6], [1, -0.3], [2, -1.05]] as const;

/** A feature on a three-point scale (complexion, build): points by steps apart; the reason names both values. */
function scaleFeature<K extends 'complexion' | 'build'>(feature: K, a: MatchProfile[K], b: MatchProfile[K], steps: (x: NonNullable<MatchProfile[K]>, y: NonNullable<MatchProfile[K]>) => number, curve: readonly (readonly [number, number])[], explain: Explain): Part | undefined {
  if (!a || !b) return undefined;
  const n = steps(a, b);
  const part: Part = { feature, score: 1 - n / 2, points: piecewise(n, curve) };
  if (explain) {
    const upper = feature === 'complexion' ? 'Complexion' : 'Build';
    part.explanation = `${a} and ${b}`;
    part.reason = a === b ? { key: `${feature}.same`, params: { [feature]: a } } : { key: `${feature}.differ`, params: { [`missing${upper}`]: a, [`found${upper}`]: b } };
  }
  return part;
}

const complexionFeature = (m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined => scaleFeature('complexion', m.complexion, f.complexion, complexionSteps, complexionCurve, explain);
const buildFeature = (m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined => scaleFeature('build', m.build, f.build, buildSteps, buildCurve, explain);

// Points for disabilities (nats × 1.2, estimated on the tuning seed): the same disability on both reports is rare
// by chance; a found child who cannot hear or speak against a missing report that says nothing of it counts
// against (families report it); a disability on the missing report that the officer did not record counts nothing
// (a slow mind is not seen at a railway station). Two different disabilities count −1, not estimated (one pair):
// a deaf child can seem not to understand.
const disabilityShared = 2.35;
const disabilityOther = -1;
const disabilityOnlyFound = -1.75;
const disabilityOnlyMissing = 0;

function disabilityFeature(m: MatchProfile, f: MatchProfile, explain: Explain): Part | undefined {
  if (m.disabilities.length === 0 && f.disabilities.length === 0) return undefined;
  const shared = m.disabilities.filter((d) => f.disabilities.includes(d));
  const points = shared.length > 0 ? disabilityShared : m.disabilities.length > 0 && f.disabilities.length > 0 ? disabilityOther : f.disabilities.length > 0 ? disabilityOnlyFound : disabilityOnlyMissing;
  const part: Part = { feature: 'disability', score: shared.length > 0 ? 1 : 0, points };
  if (explain) {
    part.explanation = shared.length > 0 ? `both record ${shared.join(', ')}` : `missing report: ${m.disabilities.join(', ') || 'none recorded'}; found report: ${f.disabilities.join(', ') || 'none recorded'}`;
    const kind = shared.length > 0 ? 'both' : m.disabilities.length === 0 ? 'onlyFound' : f.disabilities.length === 0 ? 'onlyMissing' : 'different';
    part.reason = { key: `disability.${kind}`, params: shared.length > 0 ? { disabilities: shared } : { missingDisabilities: m.disabilities, foundDisabilities: f.disabilities } };
  }
  return part;
}

const asProfile = (p: MatchProfile | ChildReport): MatchProfile => ('names' in p && Array.isArray(p.names) ? (p as MatchProfile) : toMatchProfile(p as ChildReport));

/** Best similarity between any name variants of two profiles (0 if either is nameless), and the words aligned. */
export function nameAgreement(a: MatchProfile, b: MatchProfile, options: ScoreOptions = {}): NameAgreement {
  if (a.names.length === 0 || b.names.length === 0) return { sim: 0, words: 0, rarity: 0 };
  const best = bestNameSimilarity(a.names, b.names);
  const [x, y] = [a.names[best.ai]!, b.names[best.bi]!];
  const rarity = best.sim >= 0.8 && options.nameFrequency ? agreeingRarity(x.length <= y.length ? x : y, x.length <= y.length ? y : x, 0.85, typicalNameFrequency, options.nameFrequency, false) : 0;
  return { sim: best.sim, words: Math.min(x.length, y.length), rarity };
}

function cached(cache: Map<string, number>, kind: string, a: readonly string[], b: readonly string[], compute: () => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const key = `${kind}${a.join(' ')}|${b.join(' ')}`;
  let points = cache.get(key);
  if (points === undefined) {
    points = compute();
    cache.set(key, points);
  }
  return points;
}

/** @internal Fast scoring for ranking: the total and whether the pair is impossible, without explanations. */
export function scoreTotal(m: MatchProfile, f: MatchProfile, name?: NameAgreement, options: ScoreOptions = {}, cache?: Map<string, number>): { score: number; excluded: boolean } {
  let total = 0;
  let excluded = false;
  // One query meets the same fathers' names and homes again and again: their points depend only on the two token lists.
  if (cache) {
    total += cached(cache, 'f', m.father, f.father, () => fatherFeature(m, f, false, options)?.points ?? 0);
    total += cached(cache, 'h', m.home, f.home, () => homeFeature(m, f, false, options)?.points ?? 0);
  }
  const parts = [nameFeature(m, f, false, name, options), cache ? undefined : fatherFeature(m, f, false, options), cache ? undefined : homeFeature(m, f, false, options), ageFeature(m, f, false), sexFeature(m, f, false), datesFeature(m, f, false), placeFeature(m, f, false, options), languagesFeature(m, f, false, options), marksFeature(m, f, false, options), heightFeature(m, f, false), clothingFeature(m, f, false, options), complexionFeature(m, f, false), buildFeature(m, f, false), disabilityFeature(m, f, false)];
  for (const p of parts) {
    if (!p) continue;
    total += p.points;
    if (p.impossible) excluded = true;
  }
  return { score: excluded ? 0 : 1 / (1 + Math.exp(-(total - bias) / scale)), excluded };
}

/**
 * Scores a missing report against a found report (reports or profiles). Every feature present on both sides is
 * listed with its agreement, weight, points and an explanation; absent features are listed as neutral.
 */
export function scoreMatch(missing: MatchProfile | ChildReport, found: MatchProfile | ChildReport, options: ScoreOptions = {}): MatchScore {
  const m = asProfile(missing);
  const f = asProfile(found);
  // Claims are not a feature of the pair but of the other lists (claims.ts): they are added when a list is ranked.
  const compute: Record<Exclude<FeatureName, 'claims'>, (m: MatchProfile, f: MatchProfile, e: Explain) => Part | undefined> = {
    name: (a, b, e) => nameFeature(a, b, e, undefined, options),
    fatherName: (a, b, e) => fatherFeature(a, b, e, options),
    homeTown: (a, b, e) => homeFeature(a, b, e, options),
    age: ageFeature,
    sex: sexFeature,
    dates: datesFeature,
    place: (a, b, e) => placeFeature(a, b, e, options),
    languages: (a, b, e) => languagesFeature(a, b, e, options),
    marks: (a, b, e) => marksFeature(a, b, e, options),
    height: heightFeature,
    clothing: (a, b, e) => clothingFeature(a, b, e, options),
    complexion: complexionFeature,
    build: buildFeature,
    disability: disabilityFeature,
  };
  const features: FeatureScore[] = [];
  let total = 0;
  let excluded = false;
  for (const feature of Object.keys(compute) as Exclude<FeatureName, 'claims'>[]) {
    const part = compute[feature](m, f, true);
    const weight = featureWeights[feature].for;
    if (!part) {
      features.push({ feature, score: 0.5, weight, points: 0, explanation: 'not known on both reports: neutral', reason: { key: 'neutral', params: {} } });
      continue;
    }
    total += part.points;
    if (part.impossible) excluded = true;
    features.push({ feature, score: part.score, weight, points: Math.round(part.points * 100) / 100, explanation: part.explanation ?? '', reason: part.reason ?? { key: 'neutral', params: {} } });
  }
  return { score: excluded ? 0 : 1 / (1 + Math.exp(-(total - bias) / scale)), excluded, features };
}
