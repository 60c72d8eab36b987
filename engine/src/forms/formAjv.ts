import Ajv from 'ajv';
import addFormats from 'ajv-formats';

let today = '0000-00-00';

/** Sets the calendar day that `x-notInFuture` compares against (validation is synchronous, so this is safe). */
export function setToday(now: Date, timeZone: string): void {
  today = calendarDay(now, timeZone);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDay(now: Date, timeZone: string): string {
  // Building an Intl formatter costs far more than using one, so keep one per time zone.
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
}

/** Indian mobile (10 digits from 6-9) or landline (STD code + number), optional +91 or 0 prefix. */
export const phonePattern = /^(?:\+91[ -]?|0)?(?:[6-9]\d{9}|\d{2,4}[ -]?\d{6,8})$/;

/** An ajv instance with the formats and keywords that form schemas use. */
export function createFormAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, verbose: true, allowUnionTypes: true, code: { optimize: false } });
  addFormats(ajv, ['date', 'date-time', 'email']);
  // A time picker gives HH:MM; seconds and an offset are optional (without one, the state's time zone applies).
  ajv.addFormat('time', /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/i);
  ajv.addFormat('phone', phonePattern);
  ajv.addFormat('attachment', /^[A-Za-z0-9_-]{8,64}$/);
  ajv.addVocabulary(['x-widget', 'x-officeTypes', 'x-sensitive', 'x-messages']);
  ajv.addKeyword({
    keyword: 'x-notInFuture',
    type: 'string',
    schemaType: 'boolean',
    errors: true,
    validate: function notInFuture(enabled: boolean, value: string) {
      // ISO dates and date-times compare correctly as strings on their first ten characters.
      return !enabled || value.slice(0, 10) <= today;
    },
  });
  return ajv;
}
