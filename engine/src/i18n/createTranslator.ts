/** Messages of every language of a state: language -> key -> text. */
export type MessageBundles = Record<string, Record<string, string>>;

/** `t(lang, key, params)`: the text in that language, falling back to the default language, then to the key. */
export interface Translator {
  t(lang: string, key: string, params?: Record<string, unknown>): string;
  has(lang: string, key: string): boolean;
  languages: readonly string[];
  defaultLanguage: string;
}

/** Creates a translator over a state's bundles; the first language is the default. */
export function createTranslator(bundles: MessageBundles, languages: readonly string[]): Translator {
  const defaultLanguage = languages[0] ?? 'en';
  return {
    languages,
    defaultLanguage,
    has: (lang, key) => bundles[lang]?.[key] !== undefined,
    t(lang, key, params) {
      const text = [bundles[lang]?.[key], bundles[defaultLanguage]?.[key]].find((t) => t?.trim()) ?? key;
      return params ? interpolate(text, params) : text;
    },
  };
}

function interpolate(text: string, params: Record<string, unknown>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name])));
}

/** How complete one language is: keys used by the configuration that it lacks. */
export interface LanguageCompleteness {
  language: string;
  total: number;
  translated: number;
  missing: string[];
  /** Keys present in the file that nothing uses (candidates for removal). */
  unused: string[];
}

/** A completeness report per language for the keys a state's configuration uses. */
export function reportCompleteness(bundles: MessageBundles, languages: readonly string[], usedKeys: ReadonlySet<string>): LanguageCompleteness[] {
  return languages.map((language) => {
    const messages = bundles[language] ?? {};
    const missing = [...usedKeys].filter((k) => !messages[k]?.trim()).sort();
    const unused = Object.keys(messages).filter((k) => !usedKeys.has(k)).sort();
    return { language, total: usedKeys.size, translated: usedKeys.size - missing.length, missing, unused };
  });
}
