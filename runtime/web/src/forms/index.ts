// What other apps (the designer's live preview) use of the caseworker app's form rendering.
export { renderers } from './renderers';
export { FormContext, type FormContextValue } from './FormContext';
export { createEvalFreeAjv } from './evalFreeAjv';
export type { FieldAccess } from '../records/clientAbility';

const bundles = import.meta.glob<Record<string, string>>('../i18n/*.json', { eager: true, import: 'default' });

/** The caseworker app's own interface strings of a language (the renderers' "Add row", "Yes", ...), English as fallback. */
export function webMessages(lang: string): Record<string, string> {
  return bundles[`../i18n/${lang}.json`] ?? bundles['../i18n/en.json'] ?? {};
}
export { createConfigTranslator } from '../app/AppContext';
