const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Adds an ISO 8601 duration (P4M, P15D, PT24H) to an instant, months and years by the calendar. */
export function addDuration(start: Date, duration: string): Date {
  const m = durationPattern.exec(duration);
  if (!m) throw new Error(`Invalid ISO 8601 duration "${duration}"`);
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const d = new Date(start.getTime());
  if (years || months) {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + years! * 12 + months!);
    // Clamp to the month's last day (31 Jan + 1 month = 28/29 Feb), as statutory counting does.
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  const ms = ((weeks! * 7 + days!) * 24 * 3600 + hours! * 3600 + minutes! * 60 + seconds!) * 1000;
  return new Date(d.getTime() + ms);
}

/** True when a string is an ISO 8601 duration this engine understands. */
export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && value !== 'P' && !value.endsWith('T') && durationPattern.test(value);
}

/** Adds a duration on the wall clock of a time zone, so "4 months after 1 March" is 1 July there. */
export function addDurationInZone(start: Date, duration: string, timeZone: string): Date {
  const wallClock = new Date(start.getTime() + zoneOffset(start, timeZone));
  const later = addDuration(wallClock, duration);
  return new Date(later.getTime() - zoneOffset(later, timeZone));
}

/** The instant a calendar day starts in a time zone (e.g. 2026-03-02 in Asia/Kolkata = 2026-03-01T18:30Z). */
export function startOfDay(date: string, timeZone: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - zoneOffset(utcMidnight, timeZone));
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (cached per zone and quarter hour). */
function zoneOffset(instant: Date, timeZone: string): number {
  // Zones change offset only on quarter-hour boundaries, so the offset of a quarter hour is the offset of its instants.
  const quarter = Math.floor(instant.getTime() / 900_000);
  const key = `${timeZone}|${quarter}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  if (offsets.size > 50_000) offsets.clear();
  const offset = computeZoneOffset(new Date(quarter * 900_000), timeZone);
  offsets.set(key, offset);
  return offset;
}

function computeZoneOffset(instant: Date, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    zoneFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
