// The monthly digest: per district for its head (dcpo), per state for state admins — open cases, overdue deadlines by
// type, cases opened and closed in the month. Sent once per month and user.
import type { Deployment } from '@suraksha/engine';
import type { Models, RecordEventDoc, StoredRecord, UserDoc } from '../store/models';
import { addMonths, monthOf, startOfMonth, type Month } from '../reports/time';
import { openFilter, stageClasses } from '../reports/stageMap';
import { alertSettings, alertTemplates, type AlertSettings, alertsOn } from './settings';
import { languageOf, sendAlert } from './sendAlert';

export interface MonthlyDigest {
  state: string;
  /** Null for the state digest. */
  district: string | null;
  month: Month;
  /** Records not in a final stage, when the digest is made. */
  open: number;
  /** Open deadlines past due when the digest is made, by deadline id (with its label key). */
  overdue: { total: number; byDeadline: Record<string, { label: string; count: number }> };
  /** Records created in the month. */
  new: number;
  /** Records that reached a final stage in the month. */
  closed: number;
  generatedAt: string;
}

/** The digest figures of a district (or, with `district` undefined, of the whole state) for a month. */
export async function createMonthlyDigest(models: Models, state: Deployment, district: string | undefined, month: Month, options: { now?: Date } = {}): Promise<MonthlyDigest> {
  const now = options.now ?? new Date();
  const tz = state.manifest.timeZone;
  const where = { state: state.code, ...(district ? { district } : {}) };
  const start = startOfMonth(month, tz);
  const end = startOfMonth(addMonths(month, 1), tz);
  const recordTypes = state.manifest.recordTypes.map((r) => r.id);

  const open = await models.records.countDocuments({ $and: [where, openFilter(state, recordTypes)] });
  const created = await models.records.countDocuments({ ...where, createdAt: { $gte: start.toISOString(), $lt: end.toISOString() } });
  const late = await models.records.find({ ...where, nextDue: { $ne: null, $lte: now } }).select({ deadlines: 1 }).lean<Pick<StoredRecord, '_id' | 'deadlines'>[]>();
  const byDeadline: MonthlyDigest['overdue']['byDeadline'] = {};
  let overdueTotal = 0;
  for (const record of late) {
    for (const deadline of Object.values(record.deadlines ?? {})) {
      if (Date.parse(deadline.due) > now.getTime()) continue;
      const entry = (byDeadline[deadline.id] ??= { label: deadline.label, count: 0 });
      entry.count += 1;
      overdueTotal += 1;
    }
  }

  // Closed: transitions into a final stage of the record's own workflow during the month, each record once.
  const finals = new Set(recordTypes.flatMap((t) => [...stageClasses(state, t).final]));
  const transitions = await models.recordEvents
    .find({ ...where, kind: 'transition', to: { $in: [...finals] }, at: { $gte: start, $lt: end } })
    .select({ recordId: 1, to: 1 })
    .lean<Pick<RecordEventDoc, 'recordId' | 'to'>[]>();
  const ids = [...new Set(transitions.map((t) => t.recordId))];
  const types = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 2000) {
    const docs = await models.records.find({ _id: { $in: ids.slice(i, i + 2000) } }).select({ recordType: 1 }).lean<Pick<StoredRecord, '_id' | 'recordType'>[]>();
    for (const doc of docs) types.set(doc._id, doc.recordType);
  }
  const closed = new Set(transitions.filter((t) => t.to && stageClasses(state, types.get(t.recordId) ?? '').final.has(t.to)).map((t) => t.recordId));

  return { state: state.code, district: district ?? null, month, open, overdue: { total: overdueTotal, byDeadline }, new: created, closed: closed.size, generatedAt: now.toISOString() };
}

/** The digest key: one per state, district (or `*`), month and user. */
export function digestKey(state: string, district: string | undefined, month: Month, userId: string): string {
  return `digest:${state}:${district ?? '*'}:${month}:${userId}`;
}

/** Sends last month's digests (on the state clock) that were not sent yet; returns how many it sent. */
export async function sendMonthlyDigests(models: Models, states: ReadonlyMap<string, Deployment>, now: Date = new Date(), overrides: Partial<AlertSettings> = {}): Promise<number> {
  let sent = 0;
  for (const deployment of states.values()) {
    if (!alertsOn(deployment)) continue;
    const settings = alertSettings(deployment.code, overrides);
    const month = addMonths(monthOf(now, deployment.manifest.timeZone), -1);
    const heads = await models.users.find({ state: deployment.code, active: true, roles: { $in: settings.districtDigestRoles }, district: { $exists: true } }).lean<UserDoc[]>();
    const admins = await models.users.find({ state: deployment.code, active: true, roles: { $in: settings.stateDigestRoles } }).lean<UserDoc[]>();
    const groups = new Map<string | undefined, UserDoc[]>();
    for (const user of heads) groups.set(user.district, [...(groups.get(user.district) ?? []), user]);
    if (admins.length > 0) groups.set(undefined, admins);
    for (const [district, users] of groups) {
      const keys = users.map((u) => digestKey(deployment.code, district, month, u._id));
      const done = new Set((await models.alertsSent.find({ _id: { $in: keys } }).select({ _id: 1 }).lean<{ _id: string }[]>()).map((d) => d._id));
      const pending = users.filter((_, i) => !done.has(keys[i]!));
      if (pending.length === 0) continue;
      const digest = await createMonthlyDigest(models, deployment, district, month, { now });
      for (const user of pending) {
        const lang = languageOf(user, deployment)!;
        const t = deployment.translator.t;
        const byType = Object.entries(digest.overdue.byDeadline)
          .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
          .map(([, d]) => d)
          .map((d) => `${t(lang, d.label)}: ${d.count}`).join('; ') || t(lang, alertTemplates.noneOverdue);
        const districtName = district ? (deployment.manifest.districts.find((d) => d.code === district)?.name ?? district) : undefined;
        const ok = await sendAlert(models, {
          key: digestKey(deployment.code, district, month, user._id),
          kind: 'digest',
          outboxKind: 'digest',
          user,
          deployment,
          template: district ? alertTemplates.districtDigest : alertTemplates.stateDigest,
          params: { month, open: digest.open, overdue: digest.overdue.total, overdueByType: byType, new: digest.new, closed: digest.closed },
          labels: { ...(districtName ? { district: districtName } : {}), state: deployment.manifest.name },
          now,
        });
        if (ok) sent += 1;
      }
    }
  }
  return sent;
}
