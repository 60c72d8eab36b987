// Identification marks: free text in English, Hindi, Gujarati or Bengali (any script) parsed into marks of
// (type, body part, side). Words are looked up by their nameKey, so "तिल", "তিল" and "til" are the same word.
import { nameKey } from './nameKey';

export type MarkKind = 'type' | 'part' | 'side';

/** One mark: what it is, where, which side; any may be unknown. */
export interface Mark {
  type?: string;
  part?: string;
  side?: string;
}

/** Mark words by kind and meaning, in English, Hindi, Bengali and Gujarati (any script). */
export const markVocabulary: Record<MarkKind, Record<string, string[]>> = {
  type: {
    mole: ['mole', 'moles', 'til', 'तिल', 'তিল', 'તલ'],
    scar: ['scar', 'scars', 'cut', 'wound', 'injury', 'chot', 'चोट', 'kata', 'কাটা', 'ghaa', 'ઘા', 'ઘાનું'],
    burn: ['burn', 'burns', 'burnt', 'burned', 'jala', 'jale', 'जले', 'जला', 'পোড়া', 'pora', 'દાઝ્યાનું', 'dajhya'],
    birthmark: ['birthmark', 'janm', 'janma', 'जन्म', 'জন্ম', 'જન્મ', 'lahsun', 'lehsun'],
    tattoo: ['tattoo', 'tatoo', 'tattooed', 'godna', 'गोदना', 'उल्की', 'উল্কি', 'ulki', 'છૂંદણું', 'chhundanu'],
    wart: ['wart', 'warts', 'masa', 'massa', 'मस्सा', 'আঁচিল', 'achil', 'મસો', 'maso'],
    stitch: ['stitch', 'stitches', 'tanka', 'tanke', 'टांके'],
  },
  part: {
    cheek: ['cheek', 'cheeks', 'gaal', 'गाल', 'গালে', 'গাল', 'ગાલ'],
    forehead: ['forehead', 'mathe', 'माथे', 'माथा', 'कपाल', 'কপালে', 'কপাল', 'કપાળ', 'kapal', 'lalat'],
    chin: ['chin', 'thodi', 'ठोड़ी', 'ठोडी', 'থুতনিতে', 'থুতনি', 'દાઢી', 'dadhi'],
    neck: ['neck', 'gardan', 'गर्दन', 'গলায়', 'ગરદન', 'gardan'],
    hand: ['hand', 'hands', 'palm', 'haath', 'हाथ', 'হাতে', 'হাত', 'હાથ'],
    arm: ['arm', 'arms', 'forearm', 'bah', 'banh', 'बांह', 'बाँह', 'বাহুতে', 'বাহু', 'બાવડા', 'bavda'],
    leg: ['leg', 'legs', 'pair', 'पैर', 'পায়ে', 'পা', 'પગ', 'pag'],
    foot: ['foot', 'feet', 'sole', 'talva', 'tolu'],
    knee: ['knee', 'knees', 'ghutna', 'घुटने', 'হাঁটু', 'ઘૂંટણ'],
    back: ['back', 'peeth', 'पीठ', 'পিঠে', 'পিঠ', 'પીઠ'],
    chest: ['chest', 'chhati', 'छाती', 'বুকে', 'বুক', 'છાતી'],
    ear: ['ear', 'ears', 'kaan', 'कान', 'কানে', 'কান', 'કાન'],
    nose: ['nose', 'naak', 'नाक', 'নাকে', 'নাক', 'નાક'],
    eye: ['eye', 'eyes', 'eyebrow', 'aankh', 'आंख', 'আঁখি', 'চোখে', 'চোখ', 'આંખ'],
    lip: ['lip', 'lips', 'honth', 'होंठ', 'ঠোঁটে', 'ঠোঁট', 'હોઠ'],
    finger: ['finger', 'fingers', 'thumb', 'ungli', 'उंगली', 'अंगुली', 'আঙুলে', 'আঙুল', 'આંગળી'],
    stomach: ['stomach', 'belly', 'abdomen', 'navel', 'pet', 'पेट', 'পেটে', 'পেট', 'પેટ'],
    shoulder: ['shoulder', 'shoulders', 'kandha', 'कंधे', 'कंधा', 'কাঁধে', 'কাঁধ', 'ખભા', 'khabha'],
    head: ['head', 'scalp', 'sir', 'सिर', 'মাথায়'],
    thigh: ['thigh', 'jangh', 'जांघ', 'উরু', 'જાંઘ'],
  },
  side: {
    left: ['left', 'baen', 'bayen', 'baayen', 'बाएं', 'बाएँ', 'बाईं', 'বাঁ', 'বাম', 'ડાબા', 'ડાબી', 'ડાબો', 'daba'],
    right: ['right', 'dayen', 'daayen', 'दाएं', 'दाएँ', 'दाहिने', 'ডান', 'জমণা', 'જમણા', 'જમણી', 'જમણો', 'jamna'],
  },
};

const lookup = new Map<string, { kind: MarkKind; value: string }>();
for (const kind of Object.keys(markVocabulary) as MarkKind[]) {
  for (const [value, words] of Object.entries(markVocabulary[kind])) {
    for (const word of words) for (const w of word.split(/\s+/)) if (!lookup.has(nameKey(w))) lookup.set(nameKey(w), { kind, value });
  }
}

/** Which mark word a word is (in any script or language), if any. */
export function markWord(word: string): { kind: MarkKind; value: string } | undefined {
  return lookup.get(nameKey(word));
}

// Separators between marks: punctuation and "and" in English, Hindi, Bengali, Gujarati.
const separator = /[,;.\n/|]+|\s(?:and|aur|और|এবং|ও|અને|ane|also)\s/iu;

/** Parses identification marks into marks; words that are not mark words are ignored. */
export function parseMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const segment of text.replace(/birth\s+mark/giu, 'birthmark').split(separator)) {
    const mark: Mark = {};
    for (const word of segment.split(/[\s()'"-]+/u)) {
      if (!word) continue;
      const hit = markWord(word);
      if (!hit) continue;
      if (mark[hit.kind] !== undefined && mark[hit.kind] !== hit.value) {
        // A second type or part in one segment starts another mark ("mole on cheek scar on chin").
        if (mark.type !== undefined || mark.part !== undefined) marks.push({ ...mark });
        delete mark.type;
        delete mark.part;
      }
      mark[hit.kind] = hit.value;
    }
    if (mark.type !== undefined || mark.part !== undefined) marks.push(mark);
  }
  return marks;
}

/** How well two marks agree, 0..1: type and part both equal is strong; side confusion (mirror) is tolerated. */
export function markPairSimilarity(a: Mark, b: Mark): number {
  const type = a.type !== undefined && b.type !== undefined ? (a.type === b.type ? 1 : 0) : 0.5;
  const part = a.part !== undefined && b.part !== undefined ? (a.part === b.part ? 1 : 0) : 0.5;
  const side = a.side !== undefined && b.side !== undefined ? (a.side === b.side ? 1 : 0) : 0.5;
  if (type === 1 && part === 1) return side === 1 ? 1 : side === 0.5 ? 0.9 : 0.6;
  if (type === 1 && part === 0.5) return 0.6; // "a mole" vs "a mole on the left cheek"
  if (part === 1 && type === 0.5) return 0.55; // "mark on left cheek" vs "mole on left cheek"
  if (part === 1 && type === 0) return 0.3; // mole vs wart on the same place: often confused
  if (type === 1 && part === 0) return 0.1;
  return 0;
}

/** Best agreement between any mark of each list, with a small bonus when two marks agree. */
export function marksSimilarity(a: readonly Mark[], b: readonly Mark[]): number {
  let best = 0;
  let second = 0;
  for (const x of a) {
    for (const y of b) {
      const s = markPairSimilarity(x, y);
      if (s > best) {
        second = best;
        best = s;
      } else if (s > second) second = s;
    }
  }
  return Math.min(1, best + (second >= 0.9 && a.length > 1 && b.length > 1 ? 0.1 : 0));
}
