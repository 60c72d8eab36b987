import { describe, expect, it } from 'vitest';
import { createTranslator, reportCompleteness } from './createTranslator';

describe('translations', () => {
  const bundles = { gu: { hello: 'નમસ્તે {name}' }, en: { hello: 'Hello {name}', bye: 'Bye' } };
  const t = createTranslator(bundles, ['gu', 'en']);

  it('translates with parameters and falls back to the default language, then the key', () => {
    expect(t.t('gu', 'hello', { name: 'આશા' })).toBe('નમસ્તે આશા');
    expect(t.t('en', 'hello', { other: 1 })).toBe('Hello {name}');
    expect(t.t('en', 'missing')).toBe('missing');
    expect(t.t('hi', 'hello', { name: 'x' })).toBe('નમસ્તે x');
  });

  it('reports completeness per language', () => {
    expect(reportCompleteness(bundles, ['gu', 'en'], new Set(['hello', 'bye']))).toEqual([
      { language: 'gu', total: 2, translated: 1, missing: ['bye'], unused: [] },
      { language: 'en', total: 2, translated: 2, missing: [], unused: [] },
    ]);
  });
});
