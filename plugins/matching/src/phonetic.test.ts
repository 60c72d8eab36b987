import { describe, expect, it } from 'vitest';
import { markVocabulary, markWord, marksSimilarity, parseMarks } from './marks';
import { nameKey } from './nameKey';
import { coarseKey, nameSimilarity, nameTokens, skeleton, tokenSimilarity, weightedDistance } from './phonetic';

const sim = (a: string, b: string): number => nameSimilarity(nameTokens(a), nameTokens(b));

describe('phonetic name tokens', () => {
  it('gives the same tokens in every script and common spelling', () => {
    const same = [
      ['Vikas', 'Bikash', 'বিকাশ', 'विकास'],
      ['Lakshmi', 'Laxmi', 'लक्ष्मी', 'লক্ষ্মী'],
      ['Yadav', 'Jadav', 'यादव'],
      ['Sourav', 'সৌরভ', 'Saurabh'],
      ['Singh', 'सिंह'],
      ['Riya', 'Ria', 'রিয়া'],
      ['Champa', 'चंपा'],
    ];
    for (const group of same) expect(new Set(group.map((n) => nameTokens(n).join(' '))), group.join(', ')).toHaveProperty('size', 1);
  });

  it('drops fillers and splits attached suffixes', () => {
    expect(nameTokens('Ashaben Rameshbhai Patel')).toEqual(['as', 'rames', 'patel']);
    expect(nameTokens('Rajesh Kumar')).toEqual(['rajes']);
    expect(nameTokens('Md. Imran Khan')).toEqual(['imran', 'kan']);
    expect(nameTokens('Kumari')).toEqual(['kumari']);
    expect(nameTokens('')).toEqual([]);
  });

  it('builds coarse keys and skeletons', () => {
    expect(coarseKey(nameKey('Vijay'))).toBe(coarseKey(nameKey('Bijay')));
    expect(coarseKey('yadav')).toBe('jadab');
    expect(skeleton('sunit')).toBe('snt');
    expect(skeleton('anit')).toBe('ant');
    expect(skeleton('esa')).toBe(skeleton('isa'));
  });
});

describe('name similarity', () => {
  it('is cheap for vowel and aspiration differences, dearer for consonants, and counts swaps once', () => {
    expect(weightedDistance('sunit', 'sunit')).toBe(0);
    expect(weightedDistance('sunit', 'sonit')).toBeLessThan(0.5);
    expect(weightedDistance('sunit', 'sumit')).toBeGreaterThan(0.4);
    expect(weightedDistance('sunit', 'sunti')).toBeLessThan(1);
    expect(weightedDistance('ramesh', 'rames')).toBeLessThan(0.5);
    expect(tokenSimilarity('sunit', 'anit')).toBeLessThan(0.75);
  });

  it('scores spelling variants high and different names low', () => {
    expect(sim('Sunita Das', 'সুনীতা দাস')).toBe(1);
    expect(sim('Shobha Mandal', 'Shobhha Madnal')).toBeGreaterThan(0.85);
    expect(sim('Sunita', 'Sunita Das')).toBe(1);
    expect(sim('Rajkumar Singh', 'Raj Kumar Singh')).toBeGreaterThan(0.9);
    expect(sim('Sunita Das', 'Anita Das')).toBeLessThan(0.85);
    expect(sim('Sunita Das', 'Sunita Ghosh')).toBeLessThan(0.85);
    expect(sim('Rahul', 'Sunita')).toBeLessThan(0.5);
    expect(sim('Das Sunita', 'Sunita Das')).toBe(1);
  });
});

describe('identification marks', () => {
  it('reads the same mark in English, Hindi, Bengali and Gujarati', () => {
    const expected = [{ type: 'mole', part: 'cheek', side: 'left' }];
    for (const text of ['Mole on the left cheek', 'बाएं गाल पर तिल', 'বাঁ গালে তিল', 'ડાબા ગાલ પર તલ']) expect(parseMarks(text), text).toEqual(expected);
  });

  it('reads several marks and "birth mark"', () => {
    expect(parseMarks('scar on right hand, Birth mark on forehead')).toEqual([
      { type: 'scar', part: 'hand', side: 'right' },
      { type: 'birthmark', part: 'forehead' },
    ]);
    expect(parseMarks('જમણા હાથ પર ઘાનું નિશાન')).toEqual([{ type: 'scar', part: 'hand', side: 'right' }]);
    expect(parseMarks('no marks seen')).toEqual([]);
  });

  it('maps every vocabulary word to one meaning', () => {
    for (const [kind, meanings] of Object.entries(markVocabulary)) {
      for (const [value, words] of Object.entries(meanings)) for (const word of words) expect(markWord(word), word).toEqual({ kind, value });
    }
    expect(markWord('til')?.value).toBe('mole');
    expect(markWord('গালে')?.value).toBe('cheek');
    expect(markWord('shirt')).toBeUndefined();
  });

  it('scores agreement of marks', () => {
    const a = parseMarks('mole on left cheek');
    expect(marksSimilarity(a, parseMarks('mole on left cheek'))).toBe(1);
    expect(marksSimilarity(a, parseMarks('mole on cheek'))).toBeGreaterThan(0.8);
    expect(marksSimilarity(a, parseMarks('mole on right cheek'))).toBeLessThan(0.8);
    expect(marksSimilarity(a, parseMarks('tattoo on back'))).toBe(0);
  });
});
