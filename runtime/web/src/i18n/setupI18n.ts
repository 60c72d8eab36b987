// The app's own interface strings (i18n/<lang>.json) through i18next; configuration texts come from /api/client-config.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Languages the app's interface is translated into (a state uses some of them). */
export const appLanguages = ['gu', 'hi', 'en', 'bn', 'ne', 'ur'] as const;

/** Each language in its own script, for the language picker. */
export { languageNames } from '@suraksha/engine/languages';

const rtlLanguages = new Set(['ur', 'ar', 'ks', 'sd']);
const bundles = import.meta.glob<{ default: Record<string, string> }>('./*.json');

/** Whether a language is written right to left. */
export function isRtl(lang: string): boolean {
  return rtlLanguages.has(lang);
}

/** The app language to use before sign-in: a saved choice, else the browser's first known language, else English. */
export function initialLanguage(): string {
  const saved = localStorage.getItem('suraksha.language');
  const wanted = [saved, ...navigator.languages.map((l) => l.split('-')[0])];
  return wanted.find((l): l is string => !!l && (appLanguages as readonly string[]).includes(l)) ?? 'en';
}

/** Loads a language's bundle (lazily), switches i18next to it and sets lang/dir on <html>. */
export async function switchLanguage(lang: string): Promise<void> {
  const code = (appLanguages as readonly string[]).includes(lang) ? lang : 'en';
  if (!i18next.isInitialized) {
    const english = await bundles['./en.json']!();
    await i18next.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: english.default } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  if (!i18next.hasResourceBundle(code, 'translation')) {
    const loader = bundles[`./${code}.json`];
    if (loader) i18next.addResourceBundle(code, 'translation', (await loader()).default);
  }
  await i18next.changeLanguage(code);
  document.documentElement.lang = lang;
  document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
  localStorage.setItem('suraksha.language', lang);
}
