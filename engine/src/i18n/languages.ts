// The languages a state may use: each one's name in its own script and its writing direction. Data only, so the
// server, the caseworker app and the designer share it (`@suraksha/engine/languages`).

export interface LanguageInfo {
  name: string;
  direction: 'ltr' | 'rtl';
}

export const stateLanguages: Readonly<Record<string, LanguageInfo>> = {
  gu: { name: 'ગુજરાતી', direction: 'ltr' },
  hi: { name: 'हिन्दी', direction: 'ltr' },
  en: { name: 'English', direction: 'ltr' },
  bn: { name: 'বাংলা', direction: 'ltr' },
  ne: { name: 'नेपाली', direction: 'ltr' },
  ur: { name: 'اردو', direction: 'rtl' },
  sat: { name: 'ᱥᱟᱱᱛᱟᱲᱤ', direction: 'ltr' },
  or: { name: 'ଓଡ଼ିଆ', direction: 'ltr' },
  mr: { name: 'मराठी', direction: 'ltr' },
  ta: { name: 'தமிழ்', direction: 'ltr' },
  te: { name: 'తెలుగు', direction: 'ltr' },
  kn: { name: 'ಕನ್ನಡ', direction: 'ltr' },
  ml: { name: 'മലയാളം', direction: 'ltr' },
  pa: { name: 'ਪੰਜਾਬੀ', direction: 'ltr' },
  as: { name: 'অসমীয়া', direction: 'ltr' },
};

/** Each language's name in its own script, for language pickers. */
export const languageNames: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(stateLanguages).map(([code, l]) => [code, l.name]));
