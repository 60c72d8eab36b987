// Texts of a state's configuration (role names, districts) in the admin's language when the state has it.
import type { ConfigFiles } from '../draft/types';

/** A translator of configuration keys: the UI language if the state has it, else the state's default, else the key. */
export function configText(files: ConfigFiles, slug: string, languages: readonly string[], uiLanguage: string): (key: string) => string {
  const order = [uiLanguage, ...languages].filter((l) => languages.includes(l));
  const bundles = order.map((l) => (files[`form-definitions/${slug}/i18n/${l}.json`] as { messages?: Record<string, string> } | undefined)?.messages ?? {});
  return (key: string) => {
    for (const messages of bundles) if (messages[key]) return messages[key];
    return key;
  };
}
