// What a child looks like and wears: clothing as free text in English, Hindi, Bengali or Gujarati (any script)
// parsed into items of (garment, colour), and complexion and build from a form's choice or a word in any of those
// languages. Words are looked up by their nameKey, like identification marks, so "लाल", "লাল" and "lal" are one word.
import { nameKey } from './nameKey';

/** One piece of clothing: what it is and its colour; either may be unknown. */
export interface ClothingItem {
  garment?: string;
  colour?: string;
}

/** Garments in English, Hindi, Bengali and Gujarati, any script; two-word entries are matched as a phrase. */
const garmentWords: Record<string, string[]> = {
  frock: ['frock', 'frok', 'dress', 'फ्रॉक', 'फ्राक', 'फ्रोक', 'ফ্রক', 'ફ્રોક'],
  shirt: ['shirt', 'shirts', 'कमीज', 'शर्ट', 'শার্ট', 'জামা', 'શર્ટ', 'ખમીસ'],
  tshirt: ['t shirt', 'tshirt', 'tee shirt', 'टी शर्ट', 'টি শার্ট', 'গেঞ্জি', 'ટી શર્ટ'],
  top: ['top', 'टॉप', 'টপ', 'ટોપ'],
  shorts: ['half pant', 'halfpant', 'shorts', 'nikkar', 'nicker', 'हाफ पैंट', 'हाफपैंट', 'निक्कर', 'হাফ প্যান্ট', 'হাফপ্যান্ট', 'હાફ પેન્ટ', 'ચડ્ડી'],
  trousers: ['full pant', 'pant', 'pants', 'trouser', 'trousers', 'पैंट', 'पतलून', 'ফুল প্যান্ট', 'প্যান্ট', 'ફુલ પેન્ટ', 'પેન્ટ'],
  jeans: ['jeans', 'jean', 'जींस', 'জিন্স', 'જીન્સ'],
  salwar: ['salwar kameez', 'salwar suit', 'salwar', 'suit', 'chudidar', 'सलवार कमीज', 'सलवार सूट', 'सलवार', 'সালোয়ার কামিজ', 'সালোয়ার', 'ચૂડીદાર', 'સલવાર'],
  kurta: ['kurta', 'kurti', 'कुर्ता', 'कुर्ती', 'পাঞ্জাবি', 'কুর্তি', 'કુર્તો', 'કુર્તી'],
  pyjama: ['pyjama', 'pajama', 'payjama', 'पजामा', 'पायजामा', 'পায়জামা', 'પાયજામો', 'લેંઘો'],
  skirt: ['skirt', 'स्कर्ट', 'স্কার্ট', 'સ્કર્ટ'],
  sari: ['sari', 'saree', 'साड़ी', 'शाड़ी', 'শাড়ি', 'સાડી'],
  lehenga: ['lehenga', 'ghagra', 'chaniya choli', 'chaniya', 'लहंगा', 'घाघरा', 'ঘাগরা', 'ચણિયાચોળી', 'ચણિયો'],
  lungi: ['lungi', 'लुंगी', 'লুঙ্গি', 'લુંગી'],
  vest: ['vest', 'banyan', 'baniyan', 'बनियान', 'বেনিয়ান', 'બનિયાન'],
  uniform: ['school uniform', 'school dress', 'uniform', 'स्कूल ड्रेस', 'स्कूल यूनिफॉर्म', 'यूनिफॉर्म', 'স্কুল ইউনিফর্ম', 'ইউনিফর্ম', 'સ્કૂલ યુનિફોર્મ', 'ગણવેશ', 'યુનિફોર્મ'],
  sweater: ['sweater', 'jumper', 'स्वेटर', 'সোয়েটার', 'સ્વેટર'],
  jacket: ['jacket', 'जैकेट', 'জ্যাকেট', 'જેકેટ'],
};

/** Garments officers use for one another ("T-shirt" for a shirt, "jeans" for trousers). */
const garmentFamily: Record<string, string> = { shirt: 'upper', tshirt: 'upper', top: 'upper', kurta: 'upper', vest: 'upper', trousers: 'lower', jeans: 'lower', pyjama: 'lower', frock: 'dress', skirt: 'dress', lehenga: 'dress', sweater: 'warm', jacket: 'warm' };

/** Colours, with Hindi and Gujarati inflections (नीला, नीली, नीले). */
const colourWords: Record<string, string[]> = {
  red: ['red', 'लाल', 'লাল', 'લાલ'],
  maroon: ['maroon', 'मैरून', 'মেরুন', 'મરૂન'],
  pink: ['pink', 'गुलाबी', 'গোলাপি', 'ગુલાબી'],
  blue: ['blue', 'नीला', 'नीली', 'नीले', 'নীল', 'વાદળી'],
  skyblue: ['sky blue', 'skyblue', 'आसमानी', 'আকাশি', 'આસમાની'],
  navy: ['navy blue', 'navy', 'dark blue', 'गहरा नीला', 'गहरी नीली', 'গাঢ় নীল', 'ઘેરો વાદળી'],
  green: ['green', 'हरा', 'हरी', 'हरे', 'সবুজ', 'લીલો', 'લીલી', 'લીલું', 'લીલા'],
  yellow: ['yellow', 'पीला', 'पीली', 'पीले', 'হলুদ', 'પીળો', 'પીળી', 'પીળું', 'પીળા'],
  white: ['white', 'सफेद', 'सफ़ेद', 'সাদা', 'સફેદ'],
  cream: ['cream', 'off white', 'क्रीम', 'ক্রিম', 'ક્રીમ'],
  black: ['black', 'काला', 'काली', 'काले', 'কালো', 'કાળો', 'કાળી', 'કાળું', 'કાળા'],
  grey: ['grey', 'gray', 'ash', 'स्लेटी', 'ग्रे', 'ধূসর', 'ছাই', 'રાખોડી'],
  brown: ['brown', 'भूरा', 'भूरी', 'भूरे', 'বাদামি', 'ખાખી', 'કથ્થઈ', 'બદામી'],
  orange: ['orange', 'saffron', 'नारंगी', 'केसरिया', 'কমলা', 'গেরুয়া', 'નારંગી', 'કેસરી'],
  purple: ['purple', 'violet', 'बैंगनी', 'জামরঙা', 'বেগুনি', 'જાંબલી'],
};

/** Colours one observer names and another names differently (maroon for red, sky blue for blue). */
const colourFamily: Record<string, string> = { red: 'red', maroon: 'red', blue: 'blue', skyblue: 'blue', navy: 'blue', white: 'white', cream: 'white' };

type Lookup = Map<string, string>;

function lookupOf(words: Record<string, string[]>): { one: Lookup; two: Lookup } {
  const one: Lookup = new Map();
  const two: Lookup = new Map();
  for (const [value, list] of Object.entries(words)) {
    for (const phrase of list) {
      const parts = phrase.split(/[\s-]+/u).map(nameKey);
      const table = parts.length === 2 ? two : one;
      const key = parts.join(' ');
      if (!table.has(key)) table.set(key, value);
    }
  }
  return { one, two };
}

const garments = lookupOf(garmentWords);
const colours = lookupOf(colourWords);

// Separators between items: punctuation, "and", "with" in English, Hindi, Bengali, Gujarati.
const separator = /[,;.\n/|+&]+|\s(?:and|with|aur|और|तथा|এবং|ও|আর|અને|ane)\s/iu;

/** Parses a clothing description into items; words that are neither garments nor colours are ignored. */
export function parseClothing(text: string): ClothingItem[] {
  const items: ClothingItem[] = [];
  for (const segment of text.split(separator)) {
    const words = segment.split(/[\s()'":-]+/u).filter(Boolean).map(nameKey);
    let item: ClothingItem = {};
    const push = (): void => {
      if (item.garment !== undefined || item.colour !== undefined) items.push(item);
      item = {};
    };
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined;
      let garment = pair ? garments.two.get(pair) : undefined;
      let colour = pair && !garment ? colours.two.get(pair) : undefined;
      if (garment || colour) i++;
      else {
        garment = garments.one.get(words[i]!);
        colour = garment ? undefined : colours.one.get(words[i]!);
      }
      // A colour comes before its garment in all four languages ("red frock", "लाल फ्रॉक"); a second garment or a
      // colour after a garment starts the next item ("blue shirt black pant").
      if (garment) {
        if (item.garment !== undefined) push();
        item.garment = garment;
      } else if (colour) {
        if (item.garment !== undefined || item.colour !== undefined) push();
        item.colour = colour;
      }
    }
    push();
  }
  // A colour left alone after its garment ("shirt: blue") belongs to it.
  return items.reduce<ClothingItem[]>((out, it) => {
    const last = out[out.length - 1];
    if (it.garment === undefined && last && last.colour === undefined && last.garment !== undefined) last.colour = it.colour;
    else out.push(it);
    return out;
  }, []);
}

function garmentSimilarity(a?: string, b?: string): number {
  if (a === undefined || b === undefined) return 0.5;
  if (a === b) return 1;
  return garmentFamily[a] !== undefined && garmentFamily[a] === garmentFamily[b] ? 0.75 : 0;
}

function colourSimilarity(a?: string, b?: string): number {
  if (a === undefined || b === undefined) return 0.5;
  if (a === b) return 1;
  return colourFamily[a] !== undefined && colourFamily[a] === colourFamily[b] ? 0.6 : 0;
}

/** How well two items agree, 0..1: the same garment in the same colour is 1; a garment or a colour alone is weak. */
export function itemSimilarity(a: ClothingItem, b: ClothingItem): number {
  const g = garmentSimilarity(a.garment, b.garment);
  const c = colourSimilarity(a.colour, b.colour);
  if (g >= 0.75 && c >= 0.6) return g * c;
  if (g >= 0.75 && c === 0.5) return 0.4 * g;
  if (g === 0.5 && c === 1) return 0.3;
  if (g >= 0.75) return 0.1;
  return 0;
}

/** Agreement of two descriptions: the best pair of items, and the best pair among the remaining items. */
export function clothingSimilarity(a: readonly ClothingItem[], b: readonly ClothingItem[]): { best: number; second: number } {
  let best = 0;
  let bi = -1;
  let bj = -1;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = itemSimilarity(a[i]!, b[j]!);
      if (s > best) [best, bi, bj] = [s, i, j];
    }
  }
  let second = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (i !== bi && j !== bj) second = Math.max(second, itemSimilarity(a[i]!, b[j]!));
  return { best, second };
}

/** An item as a key for counting how common it is ("red|frock"). */
export const itemKey = (item: ClothingItem): string => `${item.colour ?? ''}|${item.garment ?? ''}`;

export type Complexion = 'fair' | 'wheatish' | 'dusky' | 'dark';
export type Build = 'slim' | 'medium' | 'heavy';

const complexionWords: Record<Complexion, string[]> = {
  fair: ['fair', 'gora', 'gori', 'गोरा', 'गोरी', 'गौर', 'ফর্সা', 'গৌরবর্ণ', 'ગોરો', 'ગોરી', 'ગૌર'],
  wheatish: ['wheatish', 'wheat', 'medium', 'gehuan', 'गेहुँआ', 'गेहुंआ', 'गेहुआं', 'উজ্জ্বল', 'উজ্জ্বল শ্যামবর্ণ', 'ঘউরঙা', 'ઘઉંવર્ણો', 'ઘઉંવર્ણી', 'ઘઉંવર્ણ'],
  dusky: ['dusky', 'শ্যামলা', 'শ্যামবর্ণ', 'শ্যাম'],
  dark: ['dark', 'sanwla', 'sanwali', 'सांवला', 'सांवली', 'साँवला', 'साँवली', 'काला', 'कृष्णवर्ण', 'কালো', 'શ્યામ', 'ઘેરો'],
};

const buildWords: Record<Build, string[]> = {
  slim: ['slim', 'thin', 'lean', 'dubla', 'patla', 'दुबला', 'दुबली', 'पतला', 'पतली', 'রোগা', 'পাতলা', 'પાતળો', 'પાતળી', 'દૂબળો', 'દૂબળી'],
  medium: ['medium', 'average', 'normal', 'मध्यम', 'सामान्य', 'মাঝারি', 'সাধারণ', 'મધ્યમ', 'સામાન્ય'],
  heavy: ['heavy', 'fat', 'stout', 'plump', 'chubby', 'मोटा', 'मोटी', 'মোটা', 'মোটাসোটা', 'જાડો', 'જાડી'],
};

function choiceOf<T extends string>(words: Record<T, string[]>): (value: unknown) => T | undefined {
  const { one, two } = lookupOf(words);
  return (value) => {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    const keys = value.split(/[\s,()-]+/u).filter(Boolean).map(nameKey);
    for (let i = 0; i < keys.length; i++) {
      const hit = (i + 1 < keys.length ? two.get(`${keys[i]} ${keys[i + 1]}`) : undefined) ?? one.get(keys[i]!);
      if (hit) return hit as T;
    }
    return undefined;
  };
}

/** A complexion from a form's choice ("fair", "wheatish", "dusky", "dark") or a word in any of the four languages. */
export const complexionOf = choiceOf(complexionWords);
/** A build from a form's choice ("slim" or "thin", "medium", "heavy") or a word in any of the four languages. */
export const buildOf = choiceOf(buildWords);

// West Bengal's form has "dusky" between wheatish and dark; Gujarat's and Jharkhand's have three choices.
const complexionOrder: Record<Complexion, number> = { fair: 0, wheatish: 1, dusky: 1.5, dark: 2 };
const buildOrder: Record<Build, number> = { slim: 0, medium: 1, heavy: 2 };

/** Steps apart on the scale: 0 the same, 1 next to each other (fair and wheatish), 2 opposite; dusky is half a step from wheatish and from dark. */
export const complexionSteps = (a: Complexion, b: Complexion): number => Math.abs(complexionOrder[a] - complexionOrder[b]);
export const buildSteps = (a: Build, b: Build): number => Math.abs(buildOrder[a] - buildOrder[b]);
