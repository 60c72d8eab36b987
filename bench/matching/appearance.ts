// What a child looks like and wears, for the matching benchmark's generator: complexion and build as each state's
// form offers them, and clothing (garment and colour) written in English, Hindi, Bengali or Gujarati the way
// families and officers describe it ("red frock", "नीली शर्ट और काली हाफ पैंट", "checked shirt"). Rates and
// reasons are in plugins/matching/README.md ("The generator"). All draws come from the rng passed in.
import { pick, type Rng } from './render';

export type Lang = 'en' | 'hi' | 'bn' | 'gu';
export type StateCode = 'GJ' | 'JH' | 'WB';
export type Garment = keyof typeof garmentText;
export type Colour = keyof typeof colourText;
export interface Item {
  garment: Garment;
  colour?: Colour;
}
export type Complexion = 'fair' | 'wheatish' | 'dark';
export type Build = 'slim' | 'medium' | 'heavy';

const garmentText = {
  frock: { en: ['frock', 'dress'], hi: ['फ्रॉक'], bn: ['ফ্রক'], gu: ['ફ્રોક'] },
  shirt: { en: ['shirt'], hi: ['शर्ट', 'कमीज'], bn: ['শার্ট', 'জামা'], gu: ['શર્ટ', 'ખમીસ'] },
  tshirt: { en: ['T-shirt', 'tshirt', 't shirt'], hi: ['टी-शर्ट'], bn: ['গেঞ্জি', 'টি-শার্ট'], gu: ['ટી-શર્ટ'] },
  top: { en: ['top'], hi: ['टॉप'], bn: ['টপ'], gu: ['ટોપ'] },
  shorts: { en: ['half pant', 'shorts', 'nikkar'], hi: ['हाफ पैंट', 'निक्कर'], bn: ['হাফপ্যান্ট', 'হাফ প্যান্ট'], gu: ['હાફ પેન્ટ', 'ચડ્ડી'] },
  trousers: { en: ['pant', 'full pant', 'trousers'], hi: ['पैंट'], bn: ['প্যান্ট', 'ফুল প্যান্ট'], gu: ['પેન્ટ', 'ફુલ પેન્ટ'] },
  jeans: { en: ['jeans'], hi: ['जींस'], bn: ['জিন্স'], gu: ['જીન્સ'] },
  salwar: { en: ['salwar kameez', 'salwar suit', 'suit'], hi: ['सलवार सूट', 'सलवार कमीज'], bn: ['সালোয়ার কামিজ'], gu: ['ચૂડીદાર', 'સલવાર'] },
  kurta: { en: ['kurta', 'kurti'], hi: ['कुर्ता', 'कुर्ती'], bn: ['পাঞ্জাবি', 'কুর্তি'], gu: ['કુર્તો', 'કુર્તી'] },
  pyjama: { en: ['pyjama', 'pajama'], hi: ['पजामा'], bn: ['পায়জামা'], gu: ['પાયજામો', 'લેંઘો'] },
  skirt: { en: ['skirt'], hi: ['स्कर्ट'], bn: ['স্কার্ট'], gu: ['સ્કર્ટ'] },
  sari: { en: ['sari', 'saree'], hi: ['साड़ी'], bn: ['শাড়ি'], gu: ['સાડી'] },
  lehenga: { en: ['chaniya choli', 'lehenga', 'ghagra'], hi: ['लहंगा', 'घाघरा'], bn: ['ঘাগরা'], gu: ['ચણિયાચોળી'] },
  lungi: { en: ['lungi'], hi: ['लुंगी'], bn: ['লুঙ্গি'], gu: ['લુંગી'] },
  vest: { en: ['vest', 'banyan'], hi: ['बनियान'], bn: ['বেনিয়ান'], gu: ['બનિયાન'] },
  uniform: { en: ['school uniform', 'school dress'], hi: ['स्कूल ड्रेस'], bn: ['স্কুল ইউনিফর্ম'], gu: ['સ્કૂલ યુનિફોર્મ', 'ગણવેશ'] },
  sweater: { en: ['sweater'], hi: ['स्वेटर'], bn: ['সোয়েটার'], gu: ['સ્વેટર'] },
} as const satisfies Record<string, Record<Lang, readonly string[]>>;

// Hindi and Gujarati colour words agree with the garment (नीला कुर्ता, नीली शर्ट; લીલો, લીલી); [masculine, feminine].
const colourText = {
  red: { en: ['red'], hi: ['लाल', 'लाल'], bn: ['লাল'], gu: ['લાલ', 'લાલ'] },
  maroon: { en: ['maroon'], hi: ['मैरून', 'मैरून'], bn: ['মেরুন'], gu: ['મરૂન', 'મરૂન'] },
  pink: { en: ['pink'], hi: ['गुलाबी', 'गुलाबी'], bn: ['গোলাপি'], gu: ['ગુલાબી', 'ગુલાબી'] },
  blue: { en: ['blue'], hi: ['नीला', 'नीली'], bn: ['নীল'], gu: ['વાદળી', 'વાદળી'] },
  skyblue: { en: ['sky blue'], hi: ['आसमानी', 'आसमानी'], bn: ['আকাশি'], gu: ['આસમાની', 'આસમાની'] },
  navy: { en: ['navy blue', 'dark blue'], hi: ['गहरा नीला', 'गहरी नीली'], bn: ['গাঢ় নীল'], gu: ['ઘેરો વાદળી', 'ઘેરો વાદળી'] },
  green: { en: ['green'], hi: ['हरा', 'हरी'], bn: ['সবুজ'], gu: ['લીલો', 'લીલી'] },
  yellow: { en: ['yellow'], hi: ['पीला', 'पीली'], bn: ['হলুদ'], gu: ['પીળો', 'પીળી'] },
  white: { en: ['white'], hi: ['सफेद', 'सफ़ेद'], bn: ['সাদা'], gu: ['સફેદ', 'સફેદ'] },
  cream: { en: ['cream'], hi: ['क्रीम', 'क्रीम'], bn: ['ক্রিম'], gu: ['ક્રીમ', 'ક્રીમ'] },
  black: { en: ['black'], hi: ['काला', 'काली'], bn: ['কালো'], gu: ['કાળો', 'કાળી'] },
  grey: { en: ['grey', 'gray'], hi: ['स्लेटी', 'स्लेटी'], bn: ['ধূসর'], gu: ['રાખોડી', 'રાખોડી'] },
  brown: { en: ['brown', 'khaki'], hi: ['भूरा', 'भूरी'], bn: ['বাদামি'], gu: ['કથ્થઈ', 'ખાખી'] },
  orange: { en: ['orange'], hi: ['नारंगी', 'नारंगी'], bn: ['কমলা'], gu: ['નારંગી', 'કેસરી'] },
  purple: { en: ['purple', 'violet'], hi: ['बैंगनी', 'बैंगनी'], bn: ['বেগুনি'], gu: ['જાંબલી', 'જાંબલી'] },
} as const;

const masculine = new Set<Garment>(['kurta', 'pyjama', 'lehenga', 'sweater']);

// Words officers add that say little: patterns, sleeves, state of the clothes.
const extras: Record<Lang, readonly string[]> = {
  en: ['checked', 'printed', 'striped', 'full sleeve', 'half sleeve', 'old', 'torn', 'dirty'],
  hi: ['चेक वाली', 'छापेदार', 'धारीदार', 'पूरी बाँह की', 'पुरानी', 'फटी'],
  bn: ['চেক', 'ছাপা', 'ডোরাকাটা', 'ফুলহাতা', 'পুরনো', 'ছেঁড়া'],
  gu: ['ચેક્સવાળું', 'છાપેલું', 'પટ્ટાવાળું', 'જૂનું', 'ફાટેલું'],
};

const and: Record<Lang, readonly string[]> = { en: [' and ', ', ', ' with '], hi: [' और ', ', '], bn: [' ও ', ', ', ' আর '], gu: [' અને ', ', '] };

/** Weighted choice over [value, weight] pairs. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = rng() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x <= 0) return v;
  }
  return table[table.length - 1]![0];
}

// Colours by how often they are worn: tops and one-piece clothes, then lower garments.
const upperColours: readonly (readonly [Colour, number])[] = [['blue', 14], ['red', 10], ['white', 10], ['black', 8], ['green', 8], ['yellow', 7], ['pink', 7], ['grey', 5], ['brown', 4], ['orange', 4], ['purple', 4], ['maroon', 5], ['skyblue', 5], ['navy', 4], ['cream', 3]];
const girlColours: readonly (readonly [Colour, number])[] = [['pink', 14], ['red', 14], ['yellow', 9], ['blue', 9], ['green', 8], ['purple', 7], ['orange', 6], ['white', 6], ['maroon', 6], ['skyblue', 5], ['black', 4], ['cream', 3], ['grey', 2], ['brown', 2], ['navy', 2]];
const lowerColours: Partial<Record<Garment, readonly (readonly [Colour, number])[]>> = {
  jeans: [['blue', 70], ['black', 20], ['grey', 10]],
  trousers: [['black', 35], ['grey', 20], ['navy', 15], ['brown', 15], ['blue', 10], ['cream', 5]],
  shorts: [['black', 30], ['blue', 25], ['grey', 15], ['brown', 15], ['green', 10], ['red', 5]],
  pyjama: [['white', 50], ['black', 20], ['blue', 15], ['grey', 15]],
  skirt: [['blue', 25], ['black', 25], ['navy', 20], ['red', 15], ['green', 15]],
};

type Outfit = readonly Garment[];

function outfitFor(sex: string, age: number, state: StateCode, rng: Rng): Outfit | 'uniform' {
  const school = age >= 5 && age <= 16;
  if (sex === 'female') {
    if (age < 8) return weighted<Outfit | 'uniform'>(rng, [[['frock'], 55], [['top', 'skirt'], 10], [['tshirt', 'shorts'], 8], [['salwar'], 5], [['tshirt', 'trousers'], 12], ...(school ? [['uniform', 10] as const] : [])]);
    if (age < 14) return weighted<Outfit | 'uniform'>(rng, [[['frock'], 20], [['salwar'], 30], [['tshirt', 'jeans'], 12], [['top', 'skirt'], 10], ['uniform', 16], [['kurta', 'pyjama'], 8], ...(state === 'GJ' ? [[['lehenga'], 4] as const] : [])]);
    return weighted<Outfit | 'uniform'>(rng, [[['salwar'], 40], [['kurta', 'jeans'], 12], [['tshirt', 'jeans'], 14], [['top', 'jeans'], 8], ['uniform', 10], ...(state === 'GJ' ? [[['lehenga'], 6] as const] : [[['sari'], 6] as const])]);
  }
  if (age < 8) return weighted<Outfit | 'uniform'>(rng, [[['shirt', 'shorts'], 35], [['tshirt', 'shorts'], 30], [['vest', 'shorts'], 10], [['tshirt', 'trousers'], 15], ...(school ? [['uniform', 10] as const] : [])]);
  if (age < 14) return weighted<Outfit | 'uniform'>(rng, [[['shirt', 'trousers'], 25], [['tshirt', 'jeans'], 20], [['shirt', 'shorts'], 15], [['tshirt', 'shorts'], 15], ['uniform', 15], [['kurta', 'pyjama'], 10]]);
  return weighted<Outfit | 'uniform'>(rng, [[['shirt', 'trousers'], 30], [['tshirt', 'jeans'], 35], ['uniform', 5], [['kurta', 'pyjama'], 10], [['tshirt', 'trousers'], 10], ...(state === 'GJ' ? [] : [[['shirt', 'lungi'], 10] as const])]);
}

/** What a child wears on a day: garments and colours, by sex, age and state (a school uniform is common everywhere). */
export function drawClothes(sex: string, age: number, state: StateCode, rng: Rng): Item[] {
  const outfit = outfitFor(sex, age, state, rng);
  if (outfit === 'uniform') {
    const top = weighted<Colour>(rng, [['white', 50], ['skyblue', 30], ['cream', 20]]);
    const bottom = weighted<Colour>(rng, [['navy', 50], ['brown', 25], ['grey', 25]]);
    return [{ garment: 'uniform' }, { garment: 'shirt', colour: top }, { garment: sex === 'female' ? 'skirt' : age < 10 ? 'shorts' : 'trousers', colour: bottom }];
  }
  return outfit.map((garment, i) => ({ garment, colour: weighted(rng, i > 0 ? (lowerColours[garment] ?? upperColours) : sex === 'female' ? girlColours : upperColours) }));
}

// Colours one person names differently from another: the same family, or a faded or dirty one.
const nearColour: Partial<Record<Colour, readonly Colour[]>> = { red: ['maroon', 'pink'], maroon: ['red', 'brown'], pink: ['red'], blue: ['skyblue', 'navy'], skyblue: ['blue'], navy: ['blue', 'black'], white: ['cream', 'grey'], cream: ['white', 'yellow'], black: ['navy', 'grey'], grey: ['white', 'black'], brown: ['maroon', 'orange'], orange: ['yellow', 'red'], yellow: ['orange', 'cream'], purple: ['pink', 'navy'], green: ['grey'] };
const otherGarment: Partial<Record<Garment, Garment>> = { shirt: 'tshirt', tshirt: 'shirt', top: 'tshirt', trousers: 'jeans', jeans: 'trousers', frock: 'skirt', kurta: 'shirt', pyjama: 'trousers' };

/**
 * The clothes as one person saw them: usually every item, sometimes only the top or the one-piece garment; a
 * colour named differently (maroon for red) one time in eight, a garment (T-shirt for shirt) one time in seven.
 */
export function observe(items: readonly Item[], rng: Rng): Item[] {
  const kept = rng() < 0.65 ? items : items.slice(0, items[0]?.garment === 'uniform' && rng() < 0.5 ? 1 : Math.min(items.length, items[0]?.garment === 'uniform' ? 2 : 1));
  return kept.map((it) => {
    const seen: Item = { ...it };
    if (seen.colour && rng() < 0.125) seen.colour = pick(rng, nearColour[seen.colour] ?? [seen.colour]);
    const other = otherGarment[seen.garment];
    if (other && rng() < 0.14) seen.garment = other;
    return seen;
  });
}

/** Whether a child found `gap` days after going missing still wears the same clothes. */
export function sameClothes(gap: number, rng: Rng): boolean {
  const p = gap <= 2 ? 0.85 : gap <= 7 ? 0.7 : gap <= 30 ? 0.4 : gap <= 90 ? 0.15 : 0.05;
  return rng() < p;
}

/** Clothing as text in a language ("red frock", "नीली शर्ट और काली हाफ पैंट", "school uniform (white shirt, navy pant)"). */
export function describeClothes(items: readonly Item[], lang: Lang, rng: Rng): string {
  const word = (it: Item): string => {
    const garment = pick(rng, garmentText[it.garment][lang]);
    const extra = rng() < 0.2 ? pick(rng, extras[lang]) + ' ' : '';
    if (!it.colour) return extra + garment;
    const forms = colourText[it.colour][lang];
    const colour = forms.length === 2 && (lang === 'hi' || lang === 'gu') ? forms[masculine.has(it.garment) ? 0 : 1]! : pick(rng, forms);
    return lang === 'en' && rng() < 0.1 ? `${extra}${garment} (${colour})` : `${extra}${colour} ${garment}`;
  };
  if (items[0]?.garment === 'uniform') {
    const rest = items.slice(1).map(word);
    return rest.length > 0 ? `${word(items[0])} (${rest.join(', ')})` : word(items[0]);
  }
  return items.map(word).join(pick(rng, and[lang]));
}

/** A child's complexion, by state (more children described as dark in Jharkhand). */
export function drawComplexion(state: StateCode, rng: Rng): Complexion {
  const [fair, wheatish] = state === 'GJ' ? [0.25, 0.5] : state === 'JH' ? [0.1, 0.45] : [0.2, 0.45];
  const r = rng();
  return r < fair ? 'fair' : r < fair + wheatish ? 'wheatish' : 'dark';
}

export function drawBuild(rng: Rng): Build {
  const r = rng();
  return r < 0.5 ? 'slim' : r < 0.9 ? 'medium' : 'heavy';
}

const complexions: readonly Complexion[] = ['fair', 'wheatish', 'dark'];
const builds: readonly Build[] = ['slim', 'medium', 'heavy'];

/** One step along a three-point scale, up or down (`bias` > 0.5 leans to the lighter or slimmer end). */
function shift<T>(scale: readonly T[], value: T, rng: Rng, opposite: number, bias = 0.5): T {
  const i = scale.indexOf(value);
  const r = rng();
  if (r < opposite && (i === 0 || i === 2)) return scale[2 - i]!;
  const down = rng() < bias;
  return scale[Math.max(0, Math.min(2, down ? i - 1 : i + 1))]!;
}

/**
 * Complexion as written on a report, as the state's form offers it (West Bengal's has "dusky" between wheatish
 * and dark). A family writes its child one shade lighter one time in five; an officer errs either way.
 */
export function writeComplexion(value: Complexion, state: StateCode, by: 'family' | 'officer', rng: Rng): string {
  const r = rng();
  let seen = value;
  if (r >= 0.75) seen = shift(complexions, value, rng, by === 'family' ? 0.04 : 0.1, by === 'family' ? 0.8 : 0.5);
  if (state === 'WB' && (seen === 'dark' ? rng() < 0.4 : seen === 'wheatish' && rng() < 0.1)) return 'dusky';
  return seen;
}

/** Build as written on a report (Jharkhand's and West Bengal's forms say "thin"); a child away for months is thinner. */
export function writeBuild(value: Build, state: StateCode, monthsAway: number, rng: Rng): string {
  let seen = value;
  if (monthsAway >= 2 && seen !== 'slim' && rng() < 0.2) seen = seen === 'heavy' ? 'medium' : 'slim';
  else if (rng() >= 0.75) seen = shift(builds, value, rng, 0.08);
  return seen === 'slim' && state !== 'GJ' ? 'thin' : seen;
}
