// Script-independent keys for names: "Sunita", "सुनीता", "સુનિતા" and "সুনীতা" all become "sunita".

// Devanagari, Bengali and Gujarati share the ISCII layout: the same offset in each Unicode block is the same letter.
const blocks = [0x0900, 0x0980, 0x0a80] as const;

const vowels: Record<number, string> = { 0x05: 'a', 0x06: 'aa', 0x07: 'i', 0x08: 'ii', 0x09: 'u', 0x0a: 'uu', 0x0b: 'ri', 0x0d: 'e', 0x0f: 'e', 0x10: 'ai', 0x11: 'o', 0x13: 'o', 0x14: 'au' };
const signs: Record<number, string> = { 0x3e: 'aa', 0x3f: 'i', 0x40: 'ii', 0x41: 'u', 0x42: 'uu', 0x43: 'ri', 0x45: 'e', 0x47: 'e', 0x48: 'ai', 0x49: 'o', 0x4b: 'o', 0x4c: 'au' };
const consonants: Record<number, string> = {
  0x15: 'k', 0x16: 'kh', 0x17: 'g', 0x18: 'gh', 0x19: 'n', 0x1a: 'ch', 0x1b: 'chh', 0x1c: 'j', 0x1d: 'jh', 0x1e: 'n',
  0x1f: 't', 0x20: 'th', 0x21: 'd', 0x22: 'dh', 0x23: 'n', 0x24: 't', 0x25: 'th', 0x26: 'd', 0x27: 'dh', 0x28: 'n',
  0x2a: 'p', 0x2b: 'ph', 0x2c: 'b', 0x2d: 'bh', 0x2e: 'm', 0x2f: 'y', 0x30: 'r', 0x32: 'l', 0x33: 'l', 0x35: 'v',
  0x36: 'sh', 0x37: 'sh', 0x38: 's', 0x39: 'h', 0x5c: 'r', 0x5d: 'rh', 0x5f: 'y', 0x4e: 't',
};
const virama = 0x4d;
const nasal = new Set([0x01, 0x02]);

/** Transliterates Devanagari, Bengali and Gujarati to a rough Latin spelling; other text passes through. */
export function transliterate(text: string): string {
  let out = '';
  let pendingVowel = false;
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const block = blocks.find((b) => code >= b && code < b + 0x80);
    if (block === undefined) {
      // A word ends here: its final inherent vowel is not pronounced (schwa deletion), so it is dropped.
      pendingVowel = false;
      out += char;
      continue;
    }
    const offset = code - block;
    if (consonants[offset] !== undefined) {
      if (pendingVowel) out += 'a';
      out += consonants[offset];
      pendingVowel = true;
    } else if (signs[offset] !== undefined) {
      out += signs[offset];
      pendingVowel = false;
    } else if (offset === virama) {
      pendingVowel = false;
    } else if (vowels[offset] !== undefined) {
      if (pendingVowel) out += 'a';
      out += vowels[offset];
      pendingVowel = false;
    } else if (nasal.has(offset)) {
      if (pendingVowel) out += 'a';
      out += 'n';
      pendingVowel = false;
    } else if (offset >= 0x66 && offset <= 0x6f) {
      out += String(offset - 0x66);
    }
  }
  return out;
}

/** A phonetic key: Latin letters only, long vowels and aspirates folded, doubles collapsed, final "a" dropped. */
export function nameKey(name: string): string {
  const latin = transliterate(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const folded = latin
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/([kgcjtdpbs])h/g, '$1')
    .replace(/y$/, 'i')
    .replace(/(.)\1+/g, '$1');
  return folded.length > 2 ? folded.replace(/a$/, '') : folded;
}

/** Keys for every word of a name, for prefix search in any script. */
export function nameKeys(name: string): string[] {
  return [...new Set(name.split(/[\s,.'-]+/u).map(nameKey).filter((k) => k.length > 0))];
}
