// Calendar months and days on a state's wall clock (reports and digests count by the state's time zone, not UTC).
import { calendarDay } from '@suraksha/engine';

/** A month as `YYYY-MM`. */
export type Month = string;

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (`YYYY-MM`) an instant falls in, in a time zone. */
export function monthOf(instant: Date, timeZone: string): Month {
  return calendarDay(instant, timeZone).slice(0, 7);
}

/** The month `n` months after (or before, when negative) a month. */
export function addMonths(month: Month, n: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when `from` is after `to`). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The instant a calendar day (`YYYY-MM-DD`) starts in a time zone (2026-03-01 in Asia/Kolkata = 2026-02-28T18:30Z). */
export function startOfDay(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Two rounds settle the offset even when the zone changes it around that midnight.
  let guess = utcMidnight - zoneOffset(new Date(utcMidnight), timeZone);
  guess = utcMidnight - zoneOffset(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instant a month starts in a time zone. */
export function startOfMonth(month: Month, timeZone: string): Date {
  return startOfDay(`${month}-01`, timeZone);
}

/** Whole calendar months from one day to a later one, counted like the engine's P1M (`2026-01-31` → `2026-02-27` is 0, → `2026-02-28` is 1). */
export function fullMonths(fromDay: string, toDay: string): number {
  const [y1, m1, d1] = fromDay.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = toDay.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  // A month is complete on the same day number of the later month, or on its last day when it is shorter.
  const lastOfMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < Math.min(d1, lastOfMonth)) months -= 1;
  return months;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return format;
}

function wallClock(instant: Date, timeZone: string): Record<string, number> {
  return Object.fromEntries(zoneFormat(timeZone).formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function zoneOffset(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** An instant as `DD-MM-YYYY HH:MM` on the state's wall clock (the way Indian forms write dates). */
export function formatLocal(instant: Date, timeZone: string): string {
  const p = wallClock(instant, timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${two(p.day)}-${two(p.month)}-${p.year} ${two(p.hour)}:${two(p.minute)}`;
}
