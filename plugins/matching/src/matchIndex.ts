// A blocking index of missing and found profiles, so that a query scores a few hundred likely reports instead of
// every report. Blocks: name-token prefixes and consonant skeletons; district × sex × birth-year bucket; state ×
// sex × birth-year bucket (for nameless reports); identification mark (type, part). A query collects the reports
// of the other kind in its blocks, weighs each by the rarity of the blocks it shares (IDF), drops reports whose
// dates make a match impossible, and keeps the best `cap` for full scoring.
import { daysPerYear, nameBlockKeys, nameFallbackKeys, toMatchProfile, type ChildReport, type MatchProfile, type ReportKind, type Sex } from './profile';
import { isPetName } from './phonetic';
import { itemKey } from './clothing';
import { nameAgreement, scoreMatch, scoreTotal, typicalClothingFrequency, typicalFatherFrequency, typicalHomeFrequency, typicalLanguageFrequency, typicalMarkFrequency, typicalNameFrequency, type FeatureScore, type NameAgreement, type ScoreOptions } from './score';

/** Settings of an index. */
export interface IndexOptions {
  /** Districts bordering each district, per state (state code → district code → neighbouring codes); symmetric. */
  neighbours?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface CandidateOptions {
  /** How many reports to pass on for full scoring at most (default 1500). */
  cap?: number;
}

/** Below this many candidates a named query also looks in the fallback name blocks (first and last letters). */
const fewCandidates = 50;

export interface MatchIndex {
  /** Adds (or replaces, by id) a report or profile; returns the stored profile. */
  add(report: MatchProfile | ChildReport): MatchProfile;
  /** Removes a report by id; false if it was not there. */
  remove(id: string): boolean;
  get(id: string): MatchProfile | undefined;
  /** Reports of the other kind sharing blocks with the profile, most promising first, at most `cap`. */
  candidates(profile: MatchProfile | ChildReport, options?: CandidateOptions): MatchProfile[];
  readonly size: number;
  /**
   * Share of the indexed reports (both kinds) whose name has this coarse token, smoothed towards a typical name
   * while the index is small; pass it to scoreMatch as `nameFrequency` to score as findCandidates does.
   */
  nameFrequency(token: string): number;
  /** The frequencies of names, languages and mark types in the index, to pass to scoreMatch. */
  readonly scoreOptions: Required<ScoreOptions>;
  /** Counts for diagnostics: reports per kind, blocks, largest block. */
  stats(): { missing: number; found: number; blocks: number; largestBlock: number };
}

const blockWeights = { name: 1, district: 0.8, neighbour: 0.5, state: 0.3, marks: 0.6, home: 0.8, father: 0.5 } as const;
const bucketYears = 3;
const windowYears = 3;

const sexCode = (sex: Sex | undefined): string => (sex === 'male' ? 'm' : sex === 'female' ? 'f' : sex === 'transgender' ? 't' : 'u');
const compatibleSexes = (sex: Sex | undefined): string[] => (sex === 'male' ? ['m', 't', 'u'] : sex === 'female' ? ['f', 't', 'u'] : ['m', 'f', 't', 'u']);
const bucketOf = (birthDay: number): number => Math.floor(birthDay / daysPerYear / bucketYears);
const kindCode = (kind: ReportKind): string => (kind === 'missing' ? 'M' : 'F');
const other = (kind: ReportKind): ReportKind => (kind === 'missing' ? 'found' : 'missing');

const asProfile = (p: MatchProfile | ChildReport): MatchProfile => ('names' in p && Array.isArray(p.names) ? (p as MatchProfile) : toMatchProfile(p as ChildReport));

/** The keys a profile is stored under (without the kind prefix), each with its block type. */
function storedKeys(p: MatchProfile): string[] {
  const keys = [...nameBlockKeys(p), ...nameFallbackKeys(p)];
  const sex = sexCode(p.sex);
  const bucket = p.birthDay === undefined ? 'u' : String(bucketOf(p.birthDay));
  if (p.district) keys.push(`d${p.district}|${sex}|${bucket}`);
  if (p.state) keys.push(`t${p.state}|${sex}|${bucket}`);
  // Nameless reports also go in a small state block that named queries look at.
  if (p.state && p.names.length === 0) keys.push(`x${p.state}|${sex}|${bucket}`);
  for (const mark of p.marks) if (mark.type && mark.part) keys.push(`k${mark.type}|${mark.part}`);
  for (const t of p.home) keys.push('h' + t.slice(0, 4));
  for (const t of p.father) if (t.length >= 3) keys.push('f' + t.slice(0, 3));
  return [...new Set(keys)];
}

const typeWeight = (key: string): number =>
  key[0] === 'p' || key[0] === 's' || key[0] === 'e' ? blockWeights.name : key[0] === 'd' ? blockWeights.district : key[0] === 'n' ? blockWeights.neighbour : key[0] === 't' || key[0] === 'x' ? blockWeights.state : key[0] === 'h' ? blockWeights.home : key[0] === 'f' ? blockWeights.father : blockWeights.marks;

class BlockingIndex implements MatchIndex {
  private readonly profiles: (MatchProfile | undefined)[] = [];
  private readonly keysOf: (string[] | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly blocks = new Map<string, number[]>();
  private readonly counts = { missing: 0, found: 0 };
  private readonly tokenCounts = new Map<string, number>();
  private named = 0;
  private readonly languageCounts = new Map<string, number>();
  private withLanguages = 0;
  private readonly markCounts = new Map<string, number>();
  private withMarks = 0;
  private readonly fatherCounts = new Map<string, number>();
  private withFather = 0;
  private readonly homeCounts = new Map<string, number>();
  private withHome = 0;
  private readonly clothingCounts = new Map<string, number>();
  private withClothing = 0;
  private readonly neighbourSet: ReadonlySet<string>;

  /** State|district → its bordering districts (both ways). */
  private readonly neighbourList = new Map<string, string[]>();

  constructor(options: IndexOptions = {}) {
    const pairs = new Set<string>();
    const link = (state: string, a: string, b: string): void => {
      if (pairs.has(`${state}|${a}|${b}`)) return;
      pairs.add(`${state}|${a}|${b}`);
      const list = this.neighbourList.get(`${state}|${a}`) ?? [];
      list.push(b);
      this.neighbourList.set(`${state}|${a}`, list);
    };
    for (const [state, table] of Object.entries(options.neighbours ?? {})) {
      for (const [a, list] of Object.entries(table)) {
        for (const b of list) {
          link(state, a, b);
          link(state, b, a);
        }
      }
    }
    this.neighbourSet = pairs;
  }

  private days = new Float64Array(1024).fill(NaN);
  private births = new Float64Array(1024).fill(NaN);
  private weights = new Float64Array(1024);
  private touched = new Int32Array(1024);
  private minBucket = Infinity;
  private maxBucket = -Infinity;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): MatchProfile | undefined {
    const slot = this.byId.get(id);
    return slot === undefined ? undefined : this.profiles[slot];
  }

  add(report: MatchProfile | ChildReport): MatchProfile {
    const profile = asProfile(report);
    this.remove(profile.id);
    const slot = this.free.pop() ?? this.profiles.length;
    if (slot >= this.days.length) this.grow(slot + 1);
    this.profiles[slot] = profile;
    this.byId.set(profile.id, slot);
    this.days[slot] = profile.day ?? NaN;
    this.births[slot] = profile.birthDay ?? NaN;
    this.counts[profile.kind]++;
    this.countTokens(profile, 1);
    const prefix = kindCode(profile.kind);
    const keys = storedKeys(profile).map((k) => prefix + k);
    this.keysOf[slot] = keys;
    for (const key of keys) {
      const block = this.blocks.get(key);
      if (block) block.push(slot);
      else this.blocks.set(key, [slot]);
    }
    if (profile.birthDay !== undefined) {
      const b = bucketOf(profile.birthDay);
      if (b < this.minBucket) this.minBucket = b;
      if (b > this.maxBucket) this.maxBucket = b;
    }
    return profile;
  }

  remove(id: string): boolean {
    const slot = this.byId.get(id);
    if (slot === undefined) return false;
    const profile = this.profiles[slot]!;
    for (const key of this.keysOf[slot] ?? []) {
      const block = this.blocks.get(key);
      if (!block) continue;
      const at = block.indexOf(slot);
      if (at >= 0) {
        block[at] = block[block.length - 1]!;
        block.pop();
      }
      if (block.length === 0) this.blocks.delete(key);
    }
    this.profiles[slot] = undefined;
    this.keysOf[slot] = undefined;
    this.byId.delete(id);
    this.counts[profile.kind]--;
    this.countTokens(profile, -1);
    this.free.push(slot);
    return true;
  }

  // The share is smoothed as if this many reports with typical names were indexed too.
  private static readonly prior = 1000;

  readonly nameFrequency = (token: string): number =>
    ((this.tokenCounts.get(token) ?? 0) + BlockingIndex.prior * typicalNameFrequency) / (this.named + BlockingIndex.prior);

  readonly languageFrequency = (language: string): number =>
    ((this.languageCounts.get(language) ?? 0) + 100 * typicalLanguageFrequency) / (this.withLanguages + 100);

  readonly markFrequency = (type: string): number => ((this.markCounts.get(type) ?? 0) + 100 * typicalMarkFrequency) / (this.withMarks + 100);

  readonly fatherFrequency = (token: string): number => ((this.fatherCounts.get(token) ?? 0) + BlockingIndex.prior * typicalFatherFrequency) / (this.withFather + BlockingIndex.prior);

  readonly homeFrequency = (token: string): number => ((this.homeCounts.get(token) ?? 0) + BlockingIndex.prior * typicalHomeFrequency) / (this.withHome + BlockingIndex.prior);

  readonly clothingFrequency = (item: string): number => ((this.clothingCounts.get(item) ?? 0) + 100 * typicalClothingFrequency) / (this.withClothing + 100);

  readonly neighbours = (state: string, a: string, b: string): boolean => this.neighbourSet.has(`${state}|${a}|${b}`);

  readonly scoreOptions: Required<ScoreOptions> = {
    nameFrequency: this.nameFrequency,
    languageFrequency: this.languageFrequency,
    markFrequency: this.markFrequency,
    fatherFrequency: this.fatherFrequency,
    homeFrequency: this.homeFrequency,
    clothingFrequency: this.clothingFrequency,
    neighbours: this.neighbours,
  };

  private countTokens(profile: MatchProfile, delta: 1 | -1): void {
    const count = (counts: Map<string, number>, values: Iterable<string>): void => {
      for (const value of values) {
        const n = (counts.get(value) ?? 0) + delta;
        if (n > 0) counts.set(value, n);
        else counts.delete(value);
      }
    };
    if (profile.names.length > 0) {
      this.named += delta;
      count(this.tokenCounts, new Set(profile.names.flat()));
    }
    if (profile.languages.length > 0) {
      this.withLanguages += delta;
      count(this.languageCounts, profile.languages);
    }
    if (profile.father.length > 0) {
      this.withFather += delta;
      count(this.fatherCounts, new Set(profile.father));
    }
    if (profile.home.length > 0) {
      this.withHome += delta;
      count(this.homeCounts, new Set(profile.home));
    }
    if (profile.clothes.length > 0) {
      this.withClothing += delta;
      count(this.clothingCounts, new Set(profile.clothes.filter((c) => c.garment && c.colour).map(itemKey)));
    }
    const types = new Set(profile.marks.flatMap((k) => (k.type ? [k.type] : [])));
    if (types.size > 0) {
      this.withMarks += delta;
      count(this.markCounts, types);
    }
  }

  stats(): { missing: number; found: number; blocks: number; largestBlock: number } {
    let largestBlock = 0;
    for (const b of this.blocks.values()) if (b.length > largestBlock) largestBlock = b.length;
    return { ...this.counts, blocks: this.blocks.size, largestBlock };
  }

  /** The keys a query looks up: its own name and mark keys, and the demographic blocks it is compatible with. */
  private queryKeys(q: MatchProfile): string[] {
    const prefix = kindCode(other(q.kind));
    const keys = nameBlockKeys(q).map((k) => prefix + k);
    let buckets: string[];
    if (q.birthDay !== undefined) {
      const lo = bucketOf(q.birthDay - windowYears * daysPerYear);
      const hi = bucketOf(q.birthDay + windowYears * daysPerYear);
      buckets = ['u'];
      for (let b = lo; b <= hi; b++) buckets.push(String(b));
    } else {
      buckets = ['u'];
      const lo = q.day !== undefined ? bucketOf(q.day - 19 * daysPerYear) : this.minBucket;
      const hi = q.day !== undefined ? bucketOf(q.day) : this.maxBucket;
      for (let b = Math.max(lo, this.minBucket); b <= Math.min(hi, this.maxBucket); b++) buckets.push(String(b));
    }
    const sexes = compatibleSexes(q.sex);
    // State blocks are large; only a report without a usable name needs them (nameless, or a pet name only).
    const nameless = q.names.length === 0 || q.names.every(isPetName);
    // A report without a usable name draws on the whole state; the bordering districts' blocks rank the reports of
    // next door above the rest of the state when there are more than can be scored.
    const near = nameless && q.state && q.district ? (this.neighbourList.get(`${q.state}|${q.district}`) ?? []) : [];
    for (const sex of sexes) {
      for (const bucket of buckets) {
        if (q.district) keys.push(`${prefix}d${q.district}|${sex}|${bucket}`);
        for (const d of near) keys.push(`${prefix}n${d}|${sex}|${bucket}`);
        if (q.state && nameless) keys.push(`${prefix}t${q.state}|${sex}|${bucket}`);
        if (q.state && !nameless) keys.push(`${prefix}x${q.state}|${sex}|${bucket}`);
      }
    }
    for (const mark of q.marks) if (mark.type && mark.part) keys.push(`${prefix}k${mark.type}|${mark.part}`);
    for (const t of q.home) keys.push(`${prefix}h${t.slice(0, 4)}`);
    for (const t of q.father) if (t.length >= 3) keys.push(`${prefix}f${t.slice(0, 3)}`);
    return [...new Set(keys)];
  }

  candidates(report: MatchProfile | ChildReport, options: CandidateOptions = {}): MatchProfile[] {
    const q = asProfile(report);
    const cap = options.cap ?? 1500;
    const total = Math.max(1, this.counts[other(q.kind)]);
    const weights = this.weights;
    const touched = this.touched;
    const days = this.days;
    const qDay = q.day;
    const isFound = q.kind === 'found';
    let n = 0;
    const keys = this.queryKeys(q);
    const fallback = nameFallbackKeys(q).map((k) => kindCode(other(q.kind)) + k);
    for (let k = 0; k < keys.length + fallback.length; k++) {
      // The fallback blocks catch a slip in the first letters ("Achana" for "Archana") when little else is found.
      if (k === keys.length && n >= fewCandidates) break;
      const key = k < keys.length ? keys[k]! : fallback[k - keys.length]!;
      // A neighbour key ("n") reads the bordering district's block with its own weight.
      const block = this.blocks.get(key[1] === 'n' ? `${key[0]}d${key.slice(2)}` : key);
      if (!block) continue;
      // A home or father block as large as a district ("Dhanbad", "Ram...") adds many reports and little ranking.
      if ((key[1] === 'h' || key[1] === 'f') && block.length > Math.max(50, total / 250)) continue;
      const w = Math.log(1 + total / block.length) * typeWeight(key.slice(1));
      for (let i = 0; i < block.length; i++) {
        const slot = block[i]!;
        if (weights[slot] === 0) {
          // Impossible pairs (found before missing) are dropped here, before they take a place under the cap.
          if (qDay !== undefined) {
            const d = days[slot]!;
            if (isFound ? d > qDay : d < qDay) {
              weights[slot] = -1;
              touched[n++] = slot;
              continue;
            }
          }
          touched[n++] = slot;
        } else if (weights[slot]! < 0) continue;
        weights[slot]! += w;
      }
    }
    if (n > cap) {
      // More than can be scored: prefer, among equally blocked reports, those close in age and in date.
      const qBirth = q.birthDay;
      const births = this.births;
      for (let i = 0; i < n; i++) {
        const slot = touched[i]!;
        if (weights[slot]! <= 0) continue;
        if (qBirth !== undefined) {
          const years = Math.abs(births[slot]! - qBirth) / daysPerYear;
          if (years <= 1.5) weights[slot]! += 2;
          else if (years <= 3) weights[slot]! += 1;
        }
        if (qDay !== undefined) {
          const gap = Math.abs(days[slot]! - qDay);
          if (gap <= 30) weights[slot]! += 1.5;
          else if (gap <= 120) weights[slot]! += 0.7;
        }
      }
    }
    let threshold = 0;
    if (n > cap) {
      const ws = new Float64Array(n);
      for (let i = 0; i < n; i++) ws[i] = weights[touched[i]!]!;
      ws.sort();
      threshold = ws[n - cap]!;
    }
    // Above the threshold all are taken; ties at the threshold fill what is left of the cap.
    const out: MatchProfile[] = [];
    const ties: number[] = [];
    for (let i = 0; i < n; i++) {
      const slot = touched[i]!;
      const w = weights[slot]!;
      weights[slot] = 0;
      if (w > threshold) out.push(this.profiles[slot]!);
      else if (w === threshold && w > 0) ties.push(slot);
    }
    for (let i = 0; i < ties.length && out.length < cap; i++) out.push(this.profiles[ties[i]!]!);
    return out;
  }

  private grow(min: number): void {
    let size = this.days.length;
    while (size < min) size *= 2;
    const days = new Float64Array(size).fill(NaN);
    days.set(this.days);
    this.days = days;
    const births = new Float64Array(size).fill(NaN);
    births.set(this.births);
    this.births = births;
    this.weights = new Float64Array(size);
    this.touched = new Int32Array(size);
  }
}

/** A new, empty blocking index of missing and found reports. */
export function createMatchIndex(reports: Iterable<MatchProfile | ChildReport> = [], options: IndexOptions = {}): MatchIndex {
  const index = new BlockingIndex(options);
  for (const r of reports) index.add(r);
  return index;
}

export interface FindOptions extends CandidateOptions {
  /** How many candidates to return (default 5). */
  limit?: number;
  /** Leave out candidates scoring below this (default 0). */
  minScore?: number;
}

/** A ranked candidate of the other kind, with its score explained feature by feature. */
export interface MatchCandidate {
  id: string;
  profile: MatchProfile;
  score: number;
  features: FeatureScore[];
}

/**
 * Candidates for a report among the indexed reports of the other kind (found for a missing report, missing for a
 * found one), best first, with explanations. Impossible pairs (found before missing) are never returned.
 */
export function findCandidates(index: MatchIndex, report: MatchProfile | ChildReport, options: FindOptions = {}): MatchCandidate[] {
  const q = asProfile(report);
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0;
  const isFound = q.kind === 'found';
  const scoring = index.scoreOptions;
  const nameSims = new Map<string, NameAgreement>();
  const partCache = new Map<string, number>();
  const scored: { profile: MatchProfile; score: number }[] = [];
  for (const c of index.candidates(q, options)) {
    let nameSim: NameAgreement | undefined;
    if (q.names.length > 0 && c.names.length > 0) {
      const signature = c.names.length === 1 ? c.names[0]!.join(' ') : c.names.map((t) => t.join(' ')).join('|');
      nameSim = nameSims.get(signature);
      if (nameSim === undefined) {
        nameSim = nameAgreement(q, c, scoring);
        nameSims.set(signature, nameSim);
      }
    }
    const { score, excluded } = isFound ? scoreTotal(c, q, nameSim, scoring, partCache) : scoreTotal(q, c, nameSim, scoring, partCache);
    if (!excluded && score >= minScore) scored.push({ profile: c, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0));
  return scored.slice(0, limit).map(({ profile }) => {
    const explained = isFound ? scoreMatch(profile, q, scoring) : scoreMatch(q, profile, scoring);
    return { id: profile.id, profile, score: explained.score, features: explained.features };
  });
}
