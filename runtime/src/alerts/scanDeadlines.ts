// Deadline alerts: a scan finds deadlines that are due soon or overdue and alerts every active user of the
// deadline's roles in the record's district who may read the record — once per deadline, kind and user.
import { createAbility, recordSubject, type Deadline, type Deployment } from '@suraksha/engine';
import type { Models, StoredRecord, UserDoc } from '../store/models';
import { userContext } from '../http/context';
import { formatLocal } from '../reports/time';
import { alertSettings, alertsOn, alertTemplates, type AlertSettings } from './settings';
import { sendAlert } from './sendAlert';

const day = 24 * 3600 * 1000;

export interface ScanResult {
  dueSoon: number;
  overdue: number;
}

/** `overdue` once due, `dueSoon` inside the warning window before, else nothing. */
export function deadlineAlertKind(deadline: Pick<Deadline, 'due' | 'setAt'>, now: Date, settings: Pick<AlertSettings, 'dueSoonDays' | 'dueSoonShare'>): 'overdue' | 'dueSoon' | undefined {
  const due = Date.parse(deadline.due);
  if (Number.isNaN(due)) return undefined;
  if (due <= now.getTime()) return 'overdue';
  const span = due - (Date.parse(deadline.setAt) || due);
  const window = Math.min(settings.dueSoonDays * day, settings.dueSoonShare * Math.max(span, 0));
  return due - now.getTime() <= window ? 'dueSoon' : undefined;
}

/** The alert key: one per deadline (as set at `setAt`; set again, it alerts again), kind and user. */
export function deadlineAlertKey(recordId: string, deadline: Pick<Deadline, 'id' | 'setAt'>, kind: string, userId: string): string {
  return `deadline:${recordId}:${deadline.id}:${deadline.setAt}:${kind}:${userId}`;
}

type Candidate = Pick<StoredRecord, '_id' | 'state' | 'recordType' | 'district' | 'office' | 'ownerId' | 'assignees' | 'stage' | 'caseNumber' | 'deadlines'>;

/** Scans every served state once; returns how many alerts it sent (a second scan at the same time sends none). */
export async function scanDeadlines(models: Models, states: ReadonlyMap<string, Deployment>, now: Date = new Date(), overrides: Partial<AlertSettings> = {}): Promise<ScanResult> {
  const result: ScanResult = { dueSoon: 0, overdue: 0 };
  for (const deployment of states.values()) {
    if (!alertsOn(deployment)) continue;
    const settings = alertSettings(deployment.code, overrides);
    const horizon = new Date(now.getTime() + settings.dueSoonDays * day);
    const records = await models.records
      .find({ state: deployment.code, nextDue: { $ne: null, $lte: horizon } })
      .select({ state: 1, recordType: 1, district: 1, office: 1, ownerId: 1, assignees: 1, stage: 1, caseNumber: 1, deadlines: 1 })
      .lean<Candidate[]>();
    const sent = await sentKeys(models, records.map((r) => r._id));
    const usersOf = recipients(models, deployment);
    for (const record of records) {
      for (const deadline of Object.values(record.deadlines ?? {})) {
        const kind = deadlineAlertKind(deadline, now, settings);
        if (!kind) continue;
        for (const user of await usersOf(record, deadline.roles)) {
          const key = deadlineAlertKey(record._id, deadline, kind, user._id);
          if (sent.has(key)) continue;
          const districtName = deployment.manifest.districts.find((d) => d.code === record.district)?.name ?? record.district;
          const sentNow = await sendAlert(models, {
            key,
            kind,
            outboxKind: 'deadline',
            user,
            deployment,
            recordId: record._id,
            template: alertTemplates[kind],
            params: { case: caseLabel(record), due: formatLocal(new Date(deadline.due), deployment.manifest.timeZone), deadlineId: deadline.id },
            labels: { deadline: deadline.label, district: districtName, recordType: deployment.recordType(record.recordType)?.label ?? record.recordType },
            now,
          });
          if (sentNow) result[kind] += 1;
        }
      }
    }
  }
  return result;
}

/** How a record is named in an alert: its case number, else the start of its id. */
export function caseLabel(record: Pick<StoredRecord, '_id' | 'caseNumber'>): string {
  return record.caseNumber ?? `#${record._id.slice(0, 8)}`;
}

/** Keys already in the ledger for these records (so a repeated scan costs one query, not one per user). */
async function sentKeys(models: Models, recordIds: string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let i = 0; i < recordIds.length; i += 2000) {
    const docs = await models.alertsSent.find({ recordId: { $in: recordIds.slice(i, i + 2000) } }).select({ _id: 1 }).lean<{ _id: string }[]>();
    for (const doc of docs) keys.add(doc._id);
  }
  return keys;
}

/** Active users of the roles in the record's district (or state-wide) who may read the record; users cached per district. */
function recipients(models: Models, deployment: Deployment) {
  const byDistrict = new Map<string, Promise<UserDoc[]>>();
  return async (record: Candidate, roles: readonly string[]): Promise<UserDoc[]> => {
    let users = byDistrict.get(record.district);
    if (!users) {
      users = models.users.find({ state: deployment.code, active: true, $or: [{ district: record.district }, { district: { $exists: false } }] }).lean<UserDoc[]>().exec();
      byDistrict.set(record.district, users);
    }
    const subject = recordSubject({ state: record.state, district: record.district, recordType: record.recordType, office: record.office, ownerId: record.ownerId, assignees: record.assignees ?? [], stage: record.stage });
    return (await users).filter((u) => u.roles.some((r) => roles.includes(r)) && createAbility(deployment.roles, userContext(u)).can('read', subject));
  };
}
