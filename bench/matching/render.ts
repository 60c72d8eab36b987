// Writes a phonemic name (see names.ts) in Devanagari, Gujarati, Bengali or Latin, with the spelling variation
// seen on real reports: long/short vowel confusion in Indian scripts; ee/i, oo/u, v/w/b, sh/s, a/o (Bengali),
// dropped vowels, doubled letters and swapped letters in Latin.

export type Rng = () => number;
export type Script = 'latin' | 'deva' | 'gujr' | 'beng';

/** A small, fast seeded generator (mulberry32). */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const consonantOffsets: Record<string, number> = {
  k: 0x15, kh: 0x16, g: 0x17, gh: 0x18, ch: 0x1a, chh: 0x1b, j: 0x1c, jh: 0x1d, T: 0x1f, Th: 0x20, D: 0x21, Dh: 0x22, N: 0x23,
  t: 0x24, th: 0x25, d: 0x26, dh: 0x27, n: 0x28, p: 0x2a, ph: 0x2b, b: 0x2c, bh: 0x2d, m: 0x2e, y: 0x2f, r: 0x30, l: 0x32, L: 0x33,
  v: 0x35, sh: 0x36, Sh: 0x37, s: 0x38, h: 0x39, R: 0x5c, f: 0x2b, z: 0x1c,
};
const independent: Record<string, number> = { a: 0x05, aa: 0x06, i: 0x07, ii: 0x08, u: 0x09, uu: 0x0a, RI: 0x0b, e: 0x0f, ai: 0x10, o: 0x13, au: 0x14 };
const sign: Record<string, number> = { aa: 0x3e, i: 0x3f, ii: 0x40, u: 0x41, uu: 0x42, RI: 0x43, e: 0x47, ai: 0x48, o: 0x4b, au: 0x4c };
const inventory = [...Object.keys(consonantOffsets), ...Object.keys(independent), 'M', "'"].sort((a, b) => b.length - a.length);
const isConsonant = (p: string): boolean => p in consonantOffsets;
const isVowel = (p: string): boolean => p in independent;

/** Splits a phonemic spelling into phonemes. */
export function phonemes(spelling: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < spelling.length) {
    const p = inventory.find((x) => spelling.startsWith(x, i));
    if (!p) throw new Error(`unknown phoneme at "${spelling.slice(i)}" in ${spelling}`);
    out.push(p);
    i += p.length;
  }
  return out;
}

const blockBase: Record<Exclude<Script, 'latin'>, number> = { deva: 0x0900, beng: 0x0980, gujr: 0x0a80 };

/** Writes phonemes in an Indian script, confusing long and short i/u now and then as writers do. */
export function renderNative(ps: readonly string[], script: Exclude<Script, 'latin'>, rng: Rng): string {
  const base = blockBase[script];
  const ch = (offset: number): string => String.fromCodePoint(base + offset);
  let out = '';
  let prevConsonant = false;
  for (let p of ps) {
    if ((p === 'ii' || p === 'i' || p === 'uu' || p === 'u') && rng() < 0.15) p = p.length === 2 ? p[0]! : p + p;
    if (isConsonant(p)) {
      if (prevConsonant) out += ch(0x4d);
      let offset = consonantOffsets[p]!;
      if (script === 'beng' && p === 'v') offset = 0x2c; // Bengali has no va: ব
      if (script === 'beng' && p === 'L') offset = 0x32;
      if (script === 'gujr' && p === 'R') offset = 0x21;
      if (script === 'gujr' && p === 'z') offset = 0x1d; // Gujarati writes z as ઝ
      out += ch(offset);
      if (script === 'deva' && (p === 'f' || p === 'z')) out += ch(0x3c); // nukta
      prevConsonant = true;
    } else if (isVowel(p)) {
      if (prevConsonant) {
        if (p !== 'a') out += ch(sign[p]!);
      } else out += ch(independent[p]!);
      prevConsonant = false;
    } else if (p === 'M') {
      out += ch(0x02);
      prevConsonant = false;
    } else if (p === "'") prevConsonant = false;
  }
  return out.normalize('NFC');
}

/** Writes phonemes in Latin letters the way a person from the region might. */
export function renderLatin(ps: readonly string[], region: string, rng: Rng): string {
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const last = i === ps.length - 1;
    const next = ps[i + 1];
    switch (p) {
      case 'aa': out += rng() < 0.15 && !last ? 'aa' : 'a'; break;
      case 'a': out += region === 'WB' && i > 1 && !last && rng() < 0.2 ? 'o' : 'a'; break;
      case 'ii': out += last ? (rng() < 0.65 ? 'i' : rng() < 0.8 ? 'ee' : 'y') : rng() < 0.35 ? 'ee' : 'i'; break;
      case 'i': out += rng() < 0.06 ? 'ee' : 'i'; break;
      case 'uu': out += rng() < 0.3 ? 'oo' : 'u'; break;
      case 'u': out += rng() < 0.05 ? 'oo' : 'u'; break;
      case 'au': out += rng() < 0.5 ? 'ou' : 'au'; break;
      case 'ai': out += rng() < 0.15 ? 'ei' : 'ai'; break;
      case 'RI': out += region === 'GJ' ? 'ru' : 'ri'; break;
      case 'M': out += next === 'p' || next === 'b' || next === 'bh' || next === 'm' ? 'm' : 'n'; break;
      case "'": break;
      case 'T': out += 't'; break;
      case 'Th': out += 'th'; break;
      case 'D': out += 'd'; break;
      case 'Dh': out += 'dh'; break;
      case 'N': out += 'n'; break;
      case 'L': out += 'l'; break;
      case 'R': out += 'r'; break;
      case 'chh': out += rng() < 0.5 ? 'chh' : 'ch'; break;
      case 'ph': out += rng() < 0.3 ? 'f' : 'ph'; break;
      case 'v': out += region === 'WB' ? (rng() < 0.7 ? 'b' : 'v') : rng() < 0.12 ? 'w' : 'v'; break;
      case 'sh': out += rng() < (region === 'WB' ? 0.4 : 0.15) ? 's' : 'sh'; break;
      case 'Sh': out += rng() < 0.2 ? 's' : 'sh'; break;
      case 's': out += region === 'WB' && rng() < 0.15 ? 'sh' : 's'; break;
      default: out += p;
    }
  }
  return out.replace(/ksh/g, () => (rng() < 0.3 ? 'x' : 'ksh'));
}

const vowelRe = /[aeiou]/;

/** A typing or hearing slip in a Latin name: a dropped vowel, a doubled or swapped letter, a changed vowel. */
export function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rng() * (word.length - 2));
  const c = word[i]!;
  const r = rng();
  if (r < 0.3 && vowelRe.test(c)) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.55 && !vowelRe.test(c)) return word.slice(0, i) + c + word.slice(i);
  if (r < 0.75) return word.slice(0, i) + word[i + 1]! + c + word.slice(i + 2);
  if (vowelRe.test(c)) return word.slice(0, i) + pick(rng, ['a', 'e', 'i', 'o', 'u']) + word.slice(i + 1);
  return word.slice(0, i) + word.slice(i + 1);
}

/** One name entry from names.ts: its phonemes and usual Latin spellings. */
export interface NameEntry {
  phonemes: string[];
  latin: string[];
}

export function parseEntry(entry: string): NameEntry {
  const [spelling, latin] = entry.split('|');
  return { phonemes: phonemes(spelling!), latin: latin ? latin.split('/') : [] };
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Writes one word of a name in a script, with variation (and, in Latin, an occasional slip). */
export function writeWord(entry: NameEntry, script: Script, region: string, rng: Rng, slipRate = 0.1): string {
  if (script !== 'latin') return renderNative(entry.phonemes, script, rng);
  let word = entry.latin.length > 0 && rng() < 0.7 ? pick(rng, entry.latin).toLowerCase() : renderLatin(entry.phonemes, region, rng);
  if (rng() < slipRate) word = typo(word, rng);
  return capitalise(word);
}
