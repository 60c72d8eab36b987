// A match feature's reason (a key and values from the matcher) as a sentence in the user's language.
import type { i18n as I18n } from 'i18next';
import { formatDate, formatNumber, localeOf } from '../i18n/format';

/** Why a feature scored as it did: `matching.reason.<key>` with values (codes, numbers, ISO dates, text as written). */
export interface Reason {
  key: string;
  params: Record<string, string | number | string[]>;
}

/** A language code as the language's name in the user's language (Intl), else the code. */
export function languageName(lang: string, code: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function list(lang: string, items: string[]): string {
  try {
    return new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

interface Writer {
  i18n: I18n;
  lang: string;
  timeZone: string;
  /** A district code as the district's name (the user's state), else the code. */
  district: (code: string) => string;
}

// A code translated with an existing key, lower case within a sentence (a no-op in Indian scripts and Urdu).
const code = (w: Writer, key: string, value: string): string => w.i18n.t(key, { defaultValue: value }).toLocaleLowerCase(localeOf(w.lang));

/** A mark "type|side|part" (any may be empty) as words: "mole on the left cheek". */
function markText(w: Writer, mark: string): string {
  const [type, side, part] = mark.split('|');
  const what = type ? w.i18n.t(`matching.reason.mark.type.${type}`, { defaultValue: type }) : w.i18n.t('matching.reason.mark.type.mark');
  if (!part) return what;
  const partName = w.i18n.t(`matching.reason.mark.part.${part}`, { defaultValue: part });
  const place = side ? w.i18n.t('matching.reason.mark.sided', { side: w.i18n.t(`matching.reason.mark.side.${side}`, { defaultValue: side }), part: partName }) : partName;
  return w.i18n.t('matching.reason.mark.on', { type: what, place });
}

/** One value of a reason, by its name without "missing"/"found": codes translated, numbers and dates formatted. */
function valueText(w: Writer, name: string, value: string | number | string[]): string {
  const base = name.replace(/^(missing|found)(?=[A-Z])/, '').replace(/^./, (c) => c.toLowerCase());
  if (Array.isArray(value)) {
    if (value.length === 0) return w.i18n.t('matching.reason.noneRecorded');
    const items = value.map((v) => (base === 'languages' ? languageName(w.lang, v) : base === 'disabilities' ? code(w, `matching.disability.${v}`, v) : base === 'marks' ? markText(w, v) : v));
    return list(w.lang, items);
  }
  if (typeof value === 'number') return base === 'similarity' || base === 'agreement' ? `${formatNumber(w.lang, Math.round(value * 100))}%` : formatNumber(w.lang, value);
  if (base === 'sex' || base === 'complexion' || base === 'build') return code(w, `matching.${base}.${value}`, value);
  if (base === 'date') return formatDate(w.lang, value, w.timeZone);
  if (base === 'district') return w.district(value);
  if (base === 'note' || base === 'ageKind') return w.i18n.t(`matching.reason.${base}.${value}`, { defaultValue: '' });
  return value;
}

/** The reason as a sentence in the user's language, or undefined for a reason this app has no text for. */
export function reasonText(w: Writer, reason: Reason): string | undefined {
  const key = `matching.reason.${reason.key}`;
  const params: Record<string, string | number> = { note: '' };
  for (const [name, value] of Object.entries(reason.params)) params[name] = valueText(w, name, value);
  // Days take the plural form of their number ("1 day", "2 days").
  if (typeof reason.params.days === 'number') params.count = reason.params.days;
  if (!w.i18n.exists(key, params)) return undefined;
  return w.i18n.t(key, params);
}
