// The reports the API serves, as translated tables (JSON, CSV and XLSX are made from the same table).
import type { Actor } from '@suraksha/engine';
import type { Models } from '../store/models';
import { createdPerMonth, outcomes, pendency, pendencyBuckets, stageCounts, type ReportFilters, type Scope } from './figures';
import type { Cell, Column, Table } from './table';

export const reportIds = ['monthly', 'stages', 'pendency', 'outcomes'] as const;
export type ReportId = (typeof reportIds)[number];

/** The report as a table in the viewer's language, counting only records in `scope`. */
export async function buildReport(models: Models, actor: Actor, scope: Scope, report: ReportId, filters: ReportFilters): Promise<Table> {
  const d = actor.deployment;
  const t = (key: string) => d.translator.t(actor.lang, key);
  const districtName = (code: string) => t(d.manifest.districts.find((x) => x.code === code)?.name ?? code);
  const recordTypeLabel = (id: string) => t(d.recordType(id)?.label ?? id);
  const column = (key: string, label: string, numeric = false): Column => ({ key, label: t(`report.column.${label}`), ...(numeric ? { numeric } : {}) });
  const district = [column('districtCode', 'districtCode'), column('districtName', 'district')];
  const withTotal = (rows: Record<string, Cell>[], keys: string[], first: string): Pick<Table, 'rows' | 'totals'> => {
    if (rows.length === 0) return { rows };
    const totals: Record<string, Cell> = { [first]: t('report.column.total') };
    for (const key of keys) totals[key] = rows.reduce((sum, row) => sum + Number(row[key] ?? 0), 0);
    return { rows, totals };
  };

  if (report === 'monthly') {
    const rows = (await createdPerMonth(models, d, scope, filters)).map((r) => ({ month: r.month, districtCode: r.district, districtName: districtName(r.district), recordType: r.recordType, recordTypeLabel: recordTypeLabel(r.recordType), count: r.count }));
    return { title: t('report.monthly'), columns: [column('month', 'month'), ...district, column('recordTypeLabel', 'recordType'), column('count', 'count', true)], ...withTotal(rows, ['count'], 'month') };
  }
  if (report === 'stages') {
    const rows = (await stageCounts(models, d, scope, filters)).map((r) => {
      const workflow = d.workflows.get(d.recordType(r.recordType)?.workflow ?? '');
      const stageLabel = workflow?.stage(r.stage)?.meta.label;
      return { districtCode: r.district, districtName: districtName(r.district), recordType: r.recordType, recordTypeLabel: recordTypeLabel(r.recordType), stage: r.stage, stageLabel: stageLabel ? t(stageLabel) : r.stage, final: r.final ? 1 : 0, count: r.count };
    });
    return { title: t('report.stages'), columns: [...district, column('recordTypeLabel', 'recordType'), column('stageLabel', 'stage'), column('count', 'count', true)], ...withTotal(rows, ['count'], 'districtCode') };
  }
  if (report === 'pendency') {
    const rows = (await pendency(models, d, scope, filters, actor.now)).map((r) => ({ districtCode: r.district, districtName: districtName(r.district), under4: r.under4, from4to6: r.from4to6, from6to12: r.from6to12, over12: r.over12, total: r.total }));
    const buckets = [...pendencyBuckets, 'total'];
    return { title: t('report.pendency'), columns: [...district, ...buckets.map((b) => column(b, b, true))], ...withTotal(rows, buckets, 'districtCode') };
  }
  const rows = (await outcomes(models, d, scope, filters)).map((r) => ({ month: r.month, districtCode: r.district, districtName: districtName(r.district), missing: r.missing, found: r.found, matched: r.matched, restored: r.restored }));
  const counts = ['missing', 'found', 'matched', 'restored'];
  return { title: t('report.outcomes'), columns: [column('month', 'month'), ...district, ...counts.map((c) => column(c, c, true))], ...withTotal(rows, counts, 'month') };
}
