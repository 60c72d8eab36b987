import { describe, expect, it } from 'vitest';
import { addDuration, addDurationInZone, isDuration, startOfDay } from './duration';

describe('durations', () => {
  it('adds hours, days and calendar months', () => {
    const start = new Date('2026-01-31T10:00:00Z');
    expect(addDuration(start, 'PT24H').toISOString()).toBe('2026-02-01T10:00:00.000Z');
    expect(addDuration(start, 'P15D').toISOString()).toBe('2026-02-15T10:00:00.000Z');
    expect(addDuration(start, 'P1M').toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addDuration(start, 'P4M').toISOString()).toBe('2026-05-31T10:00:00.000Z');
    expect(addDuration(start, 'P1Y2M3DT4H5M6S').toISOString()).toBe('2027-04-03T14:05:06.000Z');
  });

  it('counts months on the wall clock of the state', () => {
    const production = startOfDay('2026-03-01', 'Asia/Kolkata');
    expect(production.toISOString()).toBe('2026-02-28T18:30:00.000Z');
    expect(addDurationInZone(production, 'P4M', 'Asia/Kolkata').toISOString()).toBe('2026-06-30T18:30:00.000Z');
  });

  it('recognises only valid durations', () => {
    expect(['P15D', 'PT24H', 'P4M', 'P1Y'].every(isDuration)).toBe(true);
    expect(['P', 'PT', '15D', 'P1.5D', '', 'P1DT'].some(isDuration)).toBe(false);
    expect(() => addDuration(new Date(0), 'soon')).toThrow('Invalid ISO 8601 duration "soon"');
  });
});
