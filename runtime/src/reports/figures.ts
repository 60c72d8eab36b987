// The report figures: records created per month, current stages, pendency since first production, and missing /
// found / matched / restored counts. Every query is limited by `scope` (what the viewer may read) and the state.
import { calendarDay, type Deployment } from '@suraksha/engine';
import type { Models, RecordEventDoc, StoredRecord } from '../store/models';
import { addMonths, fullMonths, monthOf, startOfMonth, type Month } from './time';
import { openFilter, reportSettings, stageClasses } from './stageMap';

/** The viewer's read scope as a MongoDB filter; `null` when they may read no record at all. */
export type Scope = Record<string, unknown> | null;

export interface ReportFilters {
  from: Month;
  to: Month;
  district?: string;
  recordType?: string;
}

export interface CreatedRow {
  month: Month;
  district: string;
  recordType: string;
  count: number;
}

export interface StageRow {
  district: string;
  recordType: string;
  stage: string;
  final: boolean;
  count: number;
}

export const pendencyBuckets = ['under4', 'from4to6', 'from6to12', 'over12'] as const;
export type PendencyBucket = (typeof pendencyBuckets)[number];

export interface PendencyRow extends Record<PendencyBucket, number> {
  district: string;
  total: number;
}

export interface OutcomeRow {
  month: Month;
  district: string;
  missing: number;
  found: number;
  matched: number;
  restored: number;
}

/** The filter of the records a report counts: the viewer's scope, the state, and the district / record type asked for. */
function recordFilter(deployment: Deployment, scope: Record<string, unknown>, filters: Partial<ReportFilters>, ...extra: Record<string, unknown>[]) {
  const and: Record<string, unknown>[] = [scope, { state: deployment.code }];
  if (filters.district) and.push({ district: filters.district });
  if (filters.recordType) and.push({ recordType: filters.recordType });
  return { $and: [...and, ...extra] };
}

/** `createdAt` (an ISO string) inside the months from..to on the state's wall clock. */
function createdWithin(deployment: Deployment, from: Month, to: Month) {
  const tz = deployment.manifest.timeZone;
  return { createdAt: { $gte: startOfMonth(from, tz).toISOString(), $lt: startOfMonth(addMonths(to, 1), tz).toISOString() } };
}

/** Records created per month (state time zone), district and record type. */
export async function createdPerMonth(models: Models, deployment: Deployment, scope: Scope, filters: ReportFilters): Promise<CreatedRow[]> {
  if (!scope) return [];
  const tz = deployment.manifest.timeZone;
  const groups = await models.records.aggregate<{ _id: { month: string; district: string; recordType: string }; count: number }>([
    { $match: recordFilter(deployment, scope, filters, createdWithin(deployment, filters.from, filters.to)) },
    { $group: { _id: { month: { $dateToString: { format: '%Y-%m', date: { $toDate: '$createdAt' }, timezone: tz } }, district: '$district', recordType: '$recordType' }, count: { $sum: 1 } } },
  ]);
  return groups.map((g) => ({ ...g._id, count: g.count })).sort((a, b) => a.month.localeCompare(b.month) || a.district.localeCompare(b.district) || a.recordType.localeCompare(b.recordType));
}

/** Records by their current stage, per district and record type. */
export async function stageCounts(models: Models, deployment: Deployment, scope: Scope, filters: Partial<ReportFilters>): Promise<StageRow[]> {
  if (!scope) return [];
  const groups = await models.records.aggregate<{ _id: { district: string; recordType: string; stage: string }; count: number }>([
    { $match: recordFilter(deployment, scope, { district: filters.district, recordType: filters.recordType }) },
    { $group: { _id: { district: '$district', recordType: '$recordType', stage: '$stage' }, count: { $sum: 1 } } },
  ]);
  return groups
    .map((g) => ({ ...g._id, final: stageClasses(deployment, g._id.recordType).final.has(g._id.stage), count: g.count }))
    .sort((a, b) => a.district.localeCompare(b.district) || a.recordType.localeCompare(b.recordType) || a.stage.localeCompare(b.stage));
}

/** The pendency bucket of a case open for `months` whole months: under 4, 4–6, 6–12, over 12 (lower bounds included). */
export function pendencyBucket(months: number): PendencyBucket {
  if (months < 4) return 'under4';
  if (months < 6) return 'from4to6';
  if (months < 12) return 'from6to12';
  return 'over12';
}

/** Open cases (not in a final stage) by months since first production (the production date, else creation), per district. */
export async function pendency(models: Models, deployment: Deployment, scope: Scope, filters: Partial<ReportFilters>, now: Date): Promise<PendencyRow[]> {
  if (!scope) return [];
  const settings = reportSettings(deployment.code);
  const types = settings.pendency.recordTypes.filter((t) => deployment.recordType(t) && (!filters.recordType || filters.recordType === t));
  if (types.length === 0) return [];
  const [formId, ...path] = settings.pendency.from.split('.');
  const field = `forms.${formId}.data.${path.join('.')}`;
  const tz = deployment.manifest.timeZone;
  const today = calendarDay(now, tz);
  const docs = await models.records
    .find(recordFilter(deployment, scope, { district: filters.district }, openFilter(deployment, types)))
    .select({ district: 1, createdAt: 1, [field]: 1 })
    .lean<Pick<StoredRecord, '_id' | 'district' | 'createdAt' | 'forms'>[]>();
  const rows = new Map<string, PendencyRow>();
  for (const doc of docs) {
    const produced = readDay(doc.forms?.[formId!]?.data, path) ?? calendarDay(new Date(doc.createdAt), tz);
    const bucket = pendencyBucket(Math.max(0, fullMonths(produced, today)));
    let row = rows.get(doc.district);
    if (!row) rows.set(doc.district, (row = { district: doc.district, under4: 0, from4to6: 0, from6to12: 0, over12: 0, total: 0 }));
    row[bucket] += 1;
    row.total += 1;
  }
  return [...rows.values()].sort((a, b) => a.district.localeCompare(b.district));
}

function readDay(data: unknown, path: readonly string[]): string | undefined {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/**
 * Per month and district: missing and found reports made, reports matched (entered a matched/traced stage) and
 * children restored (entered a restored stage or fired a restore event), each record counted once per month.
 */
export async function outcomes(models: Models, deployment: Deployment, scope: Scope, filters: ReportFilters): Promise<OutcomeRow[]> {
  if (!scope) return [];
  const settings = reportSettings(deployment.code);
  const types = [...settings.missingTypes, ...settings.foundTypes].filter((t) => deployment.recordType(t));
  if (types.length === 0) return [];
  const tz = deployment.manifest.timeZone;
  const rows = new Map<string, OutcomeRow & { matchedIds: Set<string>; restoredIds: Set<string> }>();
  const rowOf = (month: Month, district: string) => {
    const key = `${month}|${district}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { month, district, missing: 0, found: 0, matched: 0, restored: 0, matchedIds: new Set(), restoredIds: new Set() }));
    return row;
  };
  for (const created of await createdPerMonth(models, deployment, scope, { ...filters, recordType: undefined })) {
    if (settings.missingTypes.includes(created.recordType)) rowOf(created.month, created.district).missing += created.count;
    if (settings.foundTypes.includes(created.recordType)) rowOf(created.month, created.district).found += created.count;
  }

  // Transitions into a matched or restored stage (or restore events) in the months asked for, of records in scope.
  const classes = types.map((t) => stageClasses(deployment, t));
  const stages = [...new Set(classes.flatMap((c) => [...c.matched, ...c.restored]))];
  const events = [...new Set(classes.flatMap((c) => [...c.restoreEvents]))];
  const transitions = await models.recordEvents
    .find({
      state: deployment.code,
      kind: 'transition',
      at: { $gte: startOfMonth(filters.from, tz), $lt: startOfMonth(addMonths(filters.to, 1), tz) },
      ...(filters.district ? { district: filters.district } : {}),
      $or: [{ to: { $in: stages } }, { event: { $in: events } }],
    })
    .select({ recordId: 1, at: 1, to: 1, event: 1 })
    .lean<Pick<RecordEventDoc, 'recordId' | 'at' | 'to' | 'event'>[]>();
  const visible = await visibleRecords(models, deployment, scope, filters, [...new Set(transitions.map((t) => t.recordId))], types);
  for (const transition of transitions) {
    const record = visible.get(transition.recordId);
    if (!record) continue;
    const c = stageClasses(deployment, record.recordType);
    const row = rowOf(monthOf(new Date(transition.at), tz), record.district);
    if (transition.to && c.matched.has(transition.to)) row.matchedIds.add(record._id);
    if ((transition.to && c.restored.has(transition.to)) || (transition.event && c.restoreEvents.has(transition.event))) row.restoredIds.add(record._id);
  }
  return [...rows.values()]
    .map(({ matchedIds, restoredIds, ...row }) => ({ ...row, matched: matchedIds.size, restored: restoredIds.size }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.district.localeCompare(b.district));
}

/** Of the given record ids, those in the viewer's scope and of the given types (looked up in chunks). */
async function visibleRecords(models: Models, deployment: Deployment, scope: Record<string, unknown>, filters: Partial<ReportFilters>, ids: string[], types: string[]) {
  const visible = new Map<string, Pick<StoredRecord, '_id' | 'district' | 'recordType'>>();
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    const docs = await models.records
      .find(recordFilter(deployment, scope, { district: filters.district }, { _id: { $in: chunk } }, { recordType: { $in: types } }))
      .select({ district: 1, recordType: 1 })
      .lean<Pick<StoredRecord, '_id' | 'district' | 'recordType'>[]>();
    for (const doc of docs) visible.set(doc._id, doc);
  }
  return visible;
}
