// Phonetic keys and name similarity for matching. Builds on nameKey (script-independent spelling key) with
// a coarser fold for comparing names written by different people: v/w/b, initial y/j, au/ou, nasal assimilation. Similarity is a weighted edit distance in which vowel and aspiration differences are cheap.
import { nameKey, nameKeys } from './nameKey';

/** A coarser phonetic key from a nameKey: folds letters that spellings of Indian names swap freely (v/w/b, initial y/j, au/ou/o, n/m before a labial, final ng/nh). */
export function coarseKey(key: string): string {
  return key
    .replace(/[vw]/g, 'b')
    .replace(/^y/, 'j')
    .replace(/au|ou/g, 'o')
    .replace(/n(?=[pbm])/g, 'm')
    .replace(/n[gh]+$/, 'ng') // "Singh" and सिंह ("sinh")
    .replace(/iy(?=[aeiou]|$)/g, 'i') // "Riya" and "Ria", "Piyali" and "Piali"
    .replace(/(.)\1+/g, '$1');
}

const vowelSet = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string): boolean => vowelSet.has(c);

/** Consonant skeleton: the first letter (any vowel shown as "a"), then the consonants. */
export function skeleton(coarse: string): string {
  if (coarse.length === 0) return '';
  const first = isVowel(coarse[0]!) ? 'a' : coarse[0]!;
  return (first + coarse.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

// Tokens that say little about who a child is: honorifics, Gujarati "-ben"/"-bhai", "Kumar(i)", "Md.", "Baby".
const fillerWords = ['kumar', 'kumari', 'kumaari', 'ben', 'bahen', 'bhai', 'bai', 'devi', 'md', 'mohd', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'mst', 'sk', 'sri', 'shri', 'shree', 'smt', 'kum', 'km', 'baby', 'master', 'miss', 'mr', 'late'];
const fillers = new Set(fillerWords.map((w) => coarseKey(nameKey(w))));
const attachedSuffixes = ['kumari', 'kumar', 'ben', 'bai'].map((w) => coarseKey(nameKey(w)));

// Common pet names (daak naam, ghar ka naam): a child may give one instead of the registered name.
const petNameWords = [
  'babu', 'bablu', 'babli', 'babloo', 'bapi', 'bittu', 'bubai', 'bulbul', 'bunty', 'chhotu', 'chotu', 'chhutki', 'chintu', 'dolly', 'golu',
  'guddu', 'gudiya', 'guddi', 'kalu', 'lalu', 'mintu', 'monu', 'mou', 'munna', 'munni', 'pappu', 'pinki', 'pinky', 'pintu', 'raja', 'rinku',
  'rini', 'soni', 'sonu', 'sweety', 'tinku', 'tubai', 'tumpa', 'tuntun', 'bhola', 'chhoti', 'lado', 'lali', 'mona', 'nanhe', 'pupai',
];
const petNames = new Set(petNameWords.map((w) => coarseKey(nameKey(w))));

/** True if a name (as coarse tokens) is only a common pet name, such as "Guddu" or "Pinki". */
export function isPetName(tokens: readonly string[]): boolean {
  return tokens.length === 1 && petNames.has(tokens[0]!);
}

// Pet names that are not the start of the given name they come from (coarse keys: pet → given names).
const irregularPetNames = new Map<string, string[]>(
  [
    ['pinki', ['priyanka', 'pritam']],
    ['pinky', ['priyanka']],
    ['bapi', ['biplab', 'bappaditya']],
    ['bubai', ['subhajit', 'subhankar']],
    ['tutu', ['sutapa', 'tuhin']],
    ['lalu', ['lalit', 'lalan']],
    ['bittu', ['vivek', 'bikram']],
    ['chintu', ['chintan', 'sachin']],
    ['mintu', ['amit', 'manmohan']],
    ['shonu', ['sonali', 'sonam']],
  ].map(([pet, given]) => [coarseKey(nameKey(pet as string)), (given as string[]).map((g) => nameTokens(g)[0]!)]),
);

/**
 * True if a one-word name (coarse token) is a pet name made from a given name: its start with a vowel ending
 * ("Raju" ← Rajesh, Rajkumar; "Sunu" ← Sunita; "Dinu" ← Dinesh; "Puju" ← Pooja), or a known irregular one
 * ("Pinki" ← Priyanka). Generic pet names ("Guddu", "Bablu") are not linked to any name.
 */
export function isPetNameOf(pet: string, given: string): boolean {
  if (pet === given || pet.length < 3 || pet.length > 6) return false;
  const irregular = irregularPetNames.get(pet);
  if (irregular?.includes(given)) return true;
  if (!isVowel(pet[pet.length - 1]!) || petNames.has(pet)) return false;
  const stem = pet.slice(0, -1);
  return stem.length >= 3 && given.startsWith(stem);
}

/** True if a coarse token is a filler (honorific, "Kumar", "ben" ...). */
export function isFiller(coarse: string): boolean {
  return fillers.has(coarse);
}

function stripSuffix(token: string): string {
  for (const suffix of attachedSuffixes) {
    if (token.length >= suffix.length + 3 && token.endsWith(suffix)) {
      const stem = token.slice(0, -suffix.length);
      return stem.length > 2 ? stem.replace(/a$/, '') : stem;
    }
  }
  return token;
}

/**
 * The significant coarse tokens of a name in any script, in order: fillers dropped (unless nothing else is left),
 * attached "-ben", "-bhai", "-kumar" split off ("Ashaben" → "as").
 */
export function nameTokens(name: string): string[] {
  const all = nameKeys(name).map((k) => stripSuffix(coarseKey(k))).filter((k) => k.length > 0);
  const significant = all.filter((k) => !fillers.has(k));
  return significant.length > 0 ? significant : all;
}

// Substitution costs between letters that spellings confuse; everything else costs 1.
const pairCost = new Map<string, number>();
function setPair(letters: string, cost: number): void {
  for (const a of letters) for (const b of letters) if (a !== b) pairCost.set(a + b, cost);
}
setPair('aeiou', 0.4);
setPair('ao', 0.3);
setPair('ie', 0.3);
setPair('uo', 0.3);
setPair('nm', 0.8);
setPair('iy', 0.3);
setPair('ey', 0.5);
setPair('tdr', 0.6);
setPair('dr', 0.5);
setPair('kg', 0.7);
setPair('bp', 0.7);

function substitution(a: string, b: string): number {
  return a === b ? 0 : (pairCost.get(a + b) ?? 1);
}
function indel(c: string): number {
  return isVowel(c) ? 0.45 : c === 'h' ? 0.3 : c === 'y' ? 0.5 : 1;
}
const transposition = 0.6;

let rows = [new Float64Array(32), new Float64Array(32), new Float64Array(32)] as const;

/**
 * Weighted edit distance (optimal string alignment): vowel changes and a dropped "h" are cheap, similar consonants
 * cost less than 1, two swapped letters cost 0.6.
 */
export function weightedDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Float64Array(n + 1), new Float64Array(n + 1), new Float64Array(n + 1)];
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1]!;
    const del = indel(ca);
    cur[0] = prev[0]! + del;
    for (let j = 1; j <= n; j++) {
      const cb = b[j - 1]!;
      let best = prev[j - 1]! + substitution(ca, cb);
      const up = prev[j]! + del;
      if (up < best) best = up;
      const left = cur[j - 1]! + indel(cb);
      if (left < best) best = left;
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) {
        const swap = before[j - 2]! + transposition;
        if (swap < best) best = swap;
      }
      cur[j] = best;
    }
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

// Token pairs recur across candidates and queries (names are common): a bounded memo of their similarity.
const memo = new Map<string, number>();
const memoLimit = 200_000;

/** Similarity of two coarse tokens, 0..1: 1 − weighted distance / longer length, lowered if the first sounds differ. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const key = a < b ? a + ' ' + b : b + ' ' + a;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const sim = 1 - weightedDistance(a, b) / Math.max(a.length, b.length);
  const sameStart = a[0] === b[0] || (isVowel(a[0]!) && isVowel(b[0]!));
  const result = Math.max(0, sameStart ? sim : sim * 0.85);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(key, result);
  return result;
}

/**
 * Similarity of two names given as coarse tokens: the best one-to-one alignment of the shorter name's tokens
 * (its first token, usually the given name, counts 1.5) to the longer's; extra tokens on the longer side are not
 * penalised (a found child often gives only a first name). Also compares the names written as one word.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let aligned: number;
  if (short.length === 1) {
    let best = 0;
    for (const t of long) {
      const s = tokenSimilarity(short[0]!, t);
      if (s > best) best = s;
    }
    aligned = best;
  } else {
    // Greedy assignment on the similarity matrix: names have few tokens.
    const sims: number[] = [];
    for (const s of short) for (const l of long) sims.push(tokenSimilarity(s, l));
    const usedShort = new Array<boolean>(short.length).fill(false);
    const usedLong = new Array<boolean>(long.length).fill(false);
    let total = 0;
    let weights = 0;
    for (let k = 0; k < short.length; k++) {
      let best = -1;
      let bi = 0;
      let bj = 0;
      for (let i = 0; i < short.length; i++) {
        if (usedShort[i]) continue;
        for (let j = 0; j < long.length; j++) {
          if (usedLong[j]) continue;
          const s = sims[i * long.length + j]!;
          if (s > best) {
            best = s;
            bi = i;
            bj = j;
          }
        }
      }
      usedShort[bi] = true;
      usedLong[bj] = true;
      const w = bi === 0 ? 1.5 : 1;
      total += best * w;
      weights += w;
    }
    aligned = total / weights;
  }
  if (a.length !== b.length) {
    // One name may write as one word what the other writes as two ("Rajkumar", "Raj Kumar").
    const joined = tokenSimilarity(a.join(''), b.join(''));
    if (joined > aligned) aligned = joined;
  }
  return aligned;
}
