import { describe, expect, it } from 'vitest';
import { nameKey, nameKeys, transliterate } from './nameKey';

describe('name keys across scripts', () => {
  it('makes the same key for the same name in Latin, Devanagari, Gujarati and Bengali', () => {
    const keys = ['Sunita', 'सुनीता', 'સુનિતા', 'সুনীতা', 'SUNEETA'].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(['sunit']));
  });

  it('handles conjuncts, nasals and schwa deletion', () => {
    expect(transliterate('कमल')).toBe('kamal');
    expect(nameKey('Rajesh')).toBe(nameKey('राजेश'));
    expect(nameKey('Kamal')).toBe(nameKey('কমল'));
    expect(nameKey('Priyanka')).toBe(nameKey('પ્રિયંકા'));
  });

  it('splits a full name into word keys', () => {
    expect(nameKeys('Asha Ben Patel')).toEqual(['as', 'ben', 'patel']);
    expect(nameKeys('આશાબેન')).toEqual([nameKey('Ashaben')]);
    expect(nameKeys('  ')).toEqual([]);
  });
});
