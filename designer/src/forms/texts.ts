// Reading configuration texts (translation keys) of the draft, for labels shown in the designer.
import type { ConfigFiles } from '../draft/types';
import { translationPath, type TranslationsJson } from './formModel';

/** The text of a key in one language of the draft, or undefined. */
export function textOf(files: ConfigFiles, slug: string, lang: string, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return (files[translationPath(slug, lang)] as TranslationsJson | undefined)?.messages?.[key];
}

/** A key's text in the admin's language if the state has it, else the state's default language, else the key. */
export function displayText(files: ConfigFiles, slug: string, languages: readonly string[], uiLanguage: string, key: string | undefined): string {
  if (!key) return '';
  const lang = languages.includes(uiLanguage) ? uiLanguage : languages[0];
  return (lang && textOf(files, slug, lang, key)) || (languages[0] && textOf(files, slug, languages[0], key)) || key;
}

/** The key's text in every language of the state ('' where missing). */
export function textsOf(files: ConfigFiles, slug: string, languages: readonly string[], key: string | undefined): Record<string, string> {
  return Object.fromEntries(languages.map((lang) => [lang, textOf(files, slug, lang, key) ?? '']));
}
