import { makeIssue, type Issue } from '../Issue';
import type { CheckContext } from '../CheckContext';

/** The translation keys the engine itself shows (validation messages and refusals). */
export const engineMessageKeys = [
  'validation.required', 'validation.type', 'validation.minimum', 'validation.maximum', 'validation.minLength', 'validation.maxLength',
  'validation.minItems', 'validation.maxItems', 'validation.pattern', 'validation.format', 'validation.date', 'validation.phone',
  'validation.enum', 'validation.uniqueItems', 'validation.unknownField', 'validation.notInFuture', 'validation.invalid',
  'refusal.forbidden', 'refusal.notAvailable', 'refusal.unknownEvent', 'refusal.formIncomplete', 'refusal.conditionFailed',
  'refusal.roleRequired', 'refusal.notEditable', 'refusal.fieldsForbidden', 'refusal.notFound', 'refusal.invalidData', 'refusal.final',
] as const;

/** Every language of the state has a file, and every key used anywhere exists in every language. */
export function checkTranslations(context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const languages = context.manifest.value.languages;
  for (const key of engineMessageKeys) if (!context.usedKeys.has(key)) context.usedKeys.set(key, { file: 'engine', pointer: '' });
  for (const [lang, bundle] of context.translations) {
    if (bundle.value.language !== lang) issues.push(makeIssue(bundle.file, '/language', 'invalidValue', 'translations.wrongLanguage', { lang, language: bundle.value.language }));
    if (!languages.includes(lang)) issues.push(makeIssue(bundle.file, '', 'misplacedFile', 'translations.languageNotListed', { lang, languages: languages.join(', ') }));
  }
  languages.forEach((lang, i) => {
    const bundle = context.translations.get(lang);
    if (!bundle) {
      issues.push(makeIssue(context.manifest.file, `/languages/${i}`, 'missingTranslation', 'translations.missingFile', { lang, file: `form-definitions/${context.slug}/i18n/${lang}.json` }));
      return;
    }
    for (const [key, where] of context.usedKeys) {
      // A blank text is as missing as an absent one: the screen would show nothing.
      if (!bundle.value.messages[key]?.trim()) {
        issues.push(
          where.file === 'engine'
            ? makeIssue(bundle.file, '/messages', 'missingTranslation', 'translations.missingEngineKey', { key, lang })
            : makeIssue(bundle.file, '/messages', 'missingTranslation', 'translations.missingKey', { key, lang, usedAt: `${where.file}:${where.pointer}` }),
        );
      }
    }
  });
  return issues;
}
