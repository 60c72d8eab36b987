import type { FormConfig } from '../model/formSchema';
import { calendarDay } from './formAjv';
import { readPath, writePath } from './fieldPaths';

/** Fills computed fields (age from date of birth); leaves the data unchanged when a source is missing. */
export function applyComputed(form: FormConfig, data: Record<string, unknown>, now: Date, timeZone: string): Record<string, unknown> {
  let out = data;
  for (const c of form.computed ?? []) {
    const source = readPath(out, c.from);
    if (typeof source !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(source)) continue;
    const age = ageInYears(source.slice(0, 10), calendarDay(now, timeZone));
    if (age !== undefined && age >= 0) out = writePath(out, c.field, age);
  }
  return out;
}

/** Whole years between two ISO dates (birthday not yet reached this year counts one less). */
export function ageInYears(birth: string, today: string): number | undefined {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (!by || !bm || !bd || !ty || !tm || !td) return undefined;
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
