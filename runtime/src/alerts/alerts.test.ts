// Units of the alerts: when a deadline is due soon or overdue, and the keys that make alerts idempotent.
import { describe, expect, it } from 'vitest';
import { deadlineAlertKind, deadlineAlertKey } from './scanDeadlines';
import { digestKey } from './digest';
import { likelyMatchKey } from './likelyMatch';
import { alertSettings } from './settings';

const hour = 3600_000;
const at = (iso: string, plusHours = 0) => new Date(Date.parse(iso) + plusHours * hour);

describe('deadline alert kind', () => {
  const settings = alertSettings('GJ');
  const sir = { setAt: '2025-03-01T05:00:00.000Z', due: '2025-03-16T05:00:00.000Z' }; // 15 days

  it('is due soon in the last two days of a long deadline, then overdue from the due instant', () => {
    expect(deadlineAlertKind(sir, at(sir.due, -49), settings)).toBeUndefined();
    expect(deadlineAlertKind(sir, at(sir.due, -48), settings)).toBe('dueSoon');
    expect(deadlineAlertKind(sir, at(sir.due, -1), settings)).toBe('dueSoon');
    expect(deadlineAlertKind(sir, at(sir.due), settings)).toBe('overdue');
    expect(deadlineAlertKind(sir, at(sir.due, 500), settings)).toBe('overdue');
  });

  it('is due soon only in the second half of a short deadline (24 hours)', () => {
    const production = { setAt: '2025-03-01T05:00:00.000Z', due: '2025-03-02T05:00:00.000Z' };
    expect(deadlineAlertKind(production, at(production.setAt, 1), settings)).toBeUndefined();
    expect(deadlineAlertKind(production, at(production.due, -12), settings)).toBe('dueSoon');
  });

  it('follows the per-state settings', () => {
    expect(deadlineAlertKind(sir, at(sir.due, -72), alertSettings('GJ', { dueSoonDays: 4 }))).toBe('dueSoon');
    expect(alertSettings('WB')).toMatchObject({ dueSoonDays: 2, districtDigestRoles: ['dcpo'], stateDigestRoles: ['stateAdmin'] });
  });
});

describe('alert keys', () => {
  it('name the record, deadline (as set), kind and user; a deadline set again is a new alert', () => {
    const key = deadlineAlertKey('r1', { id: 'sir', setAt: '2025-03-01T05:00:00.000Z' }, 'overdue', 'u1');
    expect(key).toBe('deadline:r1:sir:2025-03-01T05:00:00.000Z:overdue:u1');
    expect(deadlineAlertKey('r1', { id: 'sir', setAt: '2025-04-01T05:00:00.000Z' }, 'overdue', 'u1')).not.toBe(key);
    expect(digestKey('GJ', undefined, '2025-05', 'u1')).toBe('digest:GJ:*:2025-05:u1');
    expect(likelyMatchKey({ missingRecordId: 'm', foundRecordId: 'f' }, 'u1')).toBe('match:m:f:u1');
  });
});
