// Dates and numbers in the user's locale with Intl (Bengali digits for Bengali), in the state's time zone.

const locales: Record<string, string> = {
  gu: 'gu-IN',
  hi: 'hi-IN',
  en: 'en-IN',
  bn: 'bn-IN-u-nu-beng',
  ne: 'ne-IN-u-nu-deva',
  ur: 'ur-IN',
  sat: 'sat-IN',
};

/** The BCP 47 locale used for formatting a language. */
export function localeOf(lang: string): string {
  return locales[lang] ?? lang;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone })));
  return format;
}

/** A number in the user's digits. */
export function formatNumber(lang: string, value: number): string {
  const key = `n|${lang}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(localeOf(lang))));
  return format.format(value);
}

/** A calendar date ("2026-03-02") or an instant, as a date in the user's locale (instants in the state's zone). */
export function formatDate(lang: string, value: string, timeZone: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(lang, dateOnly ? 'UTC' : timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** An instant as date and time in the user's locale and the state's zone. */
export function formatDateTime(lang: string, value: string, timeZone: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(lang, timeZone, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** A time of day ("11:30" or "11:30:00+05:30") in the user's locale. */
export function formatTime(lang: string, value: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return dateFormat(lang, 'UTC', { hour: 'numeric', minute: '2-digit' }).format(date);
}

const dayMs = 86_400_000;

/** Whole days from `now` to `due` (negative when past), counted by calendar day in the state's zone. */
export function daysUntil(due: string, now: Date, timeZone: string): number {
  // en-CA writes dates as YYYY-MM-DD, so the state's calendar day parses back as a UTC midnight.
  const day = (d: Date) => Date.parse(dateFormat('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(d) + 'T00:00:00Z');
  return Math.round((day(new Date(due)) - day(now)) / dayMs);
}
