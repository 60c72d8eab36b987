// The designer's interface strings: every module's i18n/<lang>.json merged into one i18next namespace.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Languages the designer's interface is translated into. */
export const uiLanguages = ['en', 'hi', 'gu', 'bn'] as const;

/** Each language in its own script, for the language pickers. */
export { languageNames } from '@suraksha/engine/languages';

type Bundle = Record<string, unknown>;
const modules = import.meta.glob<Bundle>('./**/i18n/*.json', { eager: true, import: 'default' });

/** The merged bundle of one language: every module's file of that language, deep-merged. */
export function bundleOf(lang: string, files: Record<string, Bundle> = modules): Bundle {
  const merged: Bundle = {};
  for (const [path, data] of Object.entries(files)) if (path.endsWith(`/i18n/${lang}.json`)) deepMerge(merged, data);
  return merged;
}

function deepMerge(target: Bundle, source: Bundle): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && existing && typeof existing === 'object') deepMerge(existing as Bundle, value as Bundle);
    else target[key] = value;
  }
}

const storageKey = 'suraksha.designer.language';

/** The language to start in: the admin's saved choice, else the browser's first known language, else English. */
export function initialLanguage(): string {
  const saved = localStorage.getItem(storageKey);
  const wanted = [saved, ...navigator.languages.map((l) => l.split('-')[0])];
  return wanted.find((l): l is string => !!l && (uiLanguages as readonly string[]).includes(l)) ?? 'en';
}

/** Switches the interface language (remembered on this device) and sets lang on <html>. */
export async function switchLanguage(lang: string): Promise<void> {
  const code = (uiLanguages as readonly string[]).includes(lang) ? lang : 'en';
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: code,
      fallbackLng: 'en',
      resources: Object.fromEntries(uiLanguages.map((l) => [l, { translation: bundleOf(l) }])),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
  document.documentElement.dir = 'ltr';
  localStorage.setItem(storageKey, code);
}
