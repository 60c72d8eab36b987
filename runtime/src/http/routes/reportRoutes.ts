// Reports: month-wise counts, current stages, pendency, missing/found/matched/restored — as JSON, CSV or XLSX, and only
// over the records the viewer may read (see src/reports/scope.ts).
import type Router from '@koa/router';
import type { Services } from '../../services';
import { reportScope } from '../../reports/scope';
import { buildReport, reportIds, type ReportId } from '../../reports/reports';
import { addMonths, monthOf } from '../../reports/time';
import { toCsv } from '../../reports/csv';
import { toXlsx } from '../../reports/xlsx';
import { queryObject, validateInput } from '../validateInput';
import { actorOf } from '../context';
import { HttpProblem, problems } from '../problem';
import type { Actor } from '@suraksha/engine';

/** Reports are served only in states with the reports plugin on; others get a translated refusal. */
function requireReports(actor: Actor): void {
  if ((actor.deployment.manifest.plugins ?? []).includes('reports')) return;
  const message = actor.deployment.translator.t(actor.lang, 'refusal.plugin.reports');
  throw new HttpProblem(403, 'pluginDisabled', message, message);
}

const id = { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', maxLength: 64 };
const code = { type: 'string', pattern: '^[A-Z][A-Z0-9-]*$', maxLength: 64 };
const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM on the state clock' };
const common = { district: code, format: { enum: ['json', 'csv', 'xlsx'] }, lang: { type: 'string', pattern: '^[a-z]{2,3}$' } };
const query = (properties: Record<string, object>) => ({ type: 'object', additionalProperties: false, properties: { ...properties, ...common } }) as const;

/** Query strings of each report; unknown parameters are refused. */
export const reportSchemas: Record<ReportId, { type: 'object'; additionalProperties: false; properties: Record<string, object> }> = {
  monthly: query({ from: month, to: month, recordType: id }),
  stages: query({ recordType: id }),
  pendency: query({ recordType: id }),
  outcomes: query({ from: month, to: month }),
};
const listSchema = { type: 'object', additionalProperties: false, properties: { lang: common.lang } } as const;

/** At most this many months in one report. */
const maxMonths = 120;

type ReportQuery = { from?: string; to?: string; district?: string; recordType?: string; format?: 'json' | 'csv' | 'xlsx' };

export function reportRoutes(router: Router, services: Services): void {
  router.get('/reports', async (ctx) => {
    const actor = actorOf(ctx, services);
    validateInput(listSchema, queryObject(ctx.query), 'query');
    requireReports(actor);
    if (reportScope(actor) === undefined) throw problems.forbidden('Your role may not read reports.');
    const t = (key: string) => actor.deployment.translator.t(actor.lang, key);
    ctx.body = { reports: reportIds.map((report) => ({ id: report, title: t(`report.${report}`), parameters: Object.keys(reportSchemas[report].properties) })) };
  });

  router.get('/reports/:report', async (ctx) => {
    const actor = actorOf(ctx, services);
    requireReports(actor);
    const report = String(ctx.params.report) as ReportId;
    if (!reportIds.includes(report)) throw problems.notFound('There is no such report.');
    const q = validateInput<ReportQuery>(reportSchemas[report], queryObject(ctx.query), 'query');
    const scope = reportScope(actor);
    if (scope === undefined) throw problems.forbidden('Your role may not read reports.');
    const d = actor.deployment;
    if (q.district && !d.manifest.districts.some((x) => x.code === q.district)) throw problems.badRequest(`There is no district ${q.district} in ${d.code}.`, [{ pointer: '/district', message: 'unknown district' }]);
    if (q.recordType && !d.recordType(q.recordType)) throw problems.badRequest(`There is no record type ${q.recordType} in ${d.code}.`, [{ pointer: '/recordType', message: 'unknown record type' }]);
    const to = q.to ?? (q.from && q.from > monthOf(actor.now, d.manifest.timeZone) ? q.from : monthOf(actor.now, d.manifest.timeZone));
    const from = q.from ?? addMonths(to, -11);
    if (from > to) throw problems.badRequest('"from" must not be after "to".', [{ pointer: '/from', message: 'after "to"' }]);
    if (addMonths(from, maxMonths - 1) < to) throw problems.badRequest(`A report covers at most ${maxMonths} months.`, [{ pointer: '/from', message: `more than ${maxMonths} months before "to"` }]);
    const filters = { from, to, ...(q.district ? { district: q.district } : {}), ...(q.recordType ? { recordType: q.recordType } : {}) };
    const table = await buildReport(services.models, actor, scope, report, filters);
    const usesMonths = 'from' in reportSchemas[report].properties;
    const fileName = ['suraksha', d.code, report, ...(q.district ? [q.district] : []), ...(usesMonths ? [from, to] : [])].join('-');
    if (q.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${fileName}.csv"`);
      ctx.body = toCsv(table);
      return;
    }
    if (q.format === 'xlsx') {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="${fileName}.xlsx"`);
      ctx.body = toXlsx(table, report);
      return;
    }
    ctx.body = {
      report,
      state: d.code,
      generatedAt: actor.now.toISOString(),
      filters: { ...(usesMonths ? { from, to } : {}), district: q.district ?? null, ...('recordType' in reportSchemas[report].properties ? { recordType: q.recordType ?? null } : {}) },
      ...table,
    };
  });
}
