// Every interface language has every text of the English bundle, with the same placeholders, and no English left.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const bundle = (lang: string) => JSON.parse(readFileSync(new URL(`${lang}.json`, dir), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const en = bundle('en');
const languages = readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f) && f !== 'en.json').map((f) => f.slice(0, 2));

describe('interface texts', () => {
  it.each(languages)('%s has every key of en with the same placeholders', (lang) => {
    const texts = bundle(lang);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(texts)) expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(en[key]!));
  });

  it.each(languages)('%s leaves no English sentence untranslated', (lang) => {
    const texts = bundle(lang);
    // Same text as English is allowed only for names and formats (JPEG, MB) that are not words of a sentence.
    const same = Object.keys(texts).filter((k) => texts[k] === en[k] && /[a-z]{3,} [a-z]{3,}/i.test(en[k]!));
    expect(same).toEqual([]);
  });
});
