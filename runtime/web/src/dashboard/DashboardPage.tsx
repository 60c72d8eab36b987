// The dashboard for district heads and state admins: month-wise registrations, records by stage, pendency since
// first production and missing/found/matched/restored, each as an SVG chart with its table, from the report API
// (which counts only records the viewer may read).
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, query } from '../api/client';
import { useApp } from '../app/AppContext';
import { localeOf } from '../i18n/format';
import { BarChart, type Series } from './BarChart';
import { ReportTable, type Report, type ReportRow } from './ReportTable';
import './dashboard.css';

const reportIds = ['monthly', 'stages', 'pendency', 'outcomes'] as const;
type ReportId = (typeof reportIds)[number];
type Loaded = { state: 'loading' } | { state: 'refused'; text: string } | { state: 'ready'; reports: Record<ReportId, Report & { filters: { from?: string; to?: string } }> };

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Sums a numeric column per key over the rows (e.g. over districts). */
function sumBy(rows: ReportRow[], key: (row: ReportRow) => string, column: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + num(row[column]));
  return out;
}

function monthLabel(lang: string, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

function Section({ id, title, note, chart, report, lang, params }: { id: ReportId; title: string; note?: string; chart: ReactNode; report: Report; lang: string; params: string }) {
  const { t } = useTranslation();
  return (
    <section className="dashboard-section" aria-labelledby={`${id}-heading`} data-report={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {note ? <p className="note">{note}</p> : null}
      {report.rows.length === 0 ? <p className="note">{t('dashboard.noData')}</p> : chart}
      <details className="table-alternative" open={report.rows.length > 0 && report.rows.length <= 6}>
        <summary>{t('dashboard.showTable')}</summary>
        <ReportTable report={report} caption={title} lang={lang} id={`${id}-table`} />
      </details>
      <p className="downloads">
        {t('dashboard.download')}{' '}
        <a href={`/api/reports/${id}${params}${params ? '&' : '?'}format=csv`} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={`/api/reports/${id}${params}${params ? '&' : '?'}format=xlsx`} download>
          {t('dashboard.excel')}
        </a>
      </p>
    </section>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { config, lang, ct, user } = useApp();
  // A district user's figures are of their district; a state-wide user picks any.
  const districts = user.district ? config.districts.filter((d) => d.code === user.district) : config.districts;
  const [district, setDistrict] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const params = query({ district, lang });
  const monthParams = query({ district, from, to, lang });

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    Promise.all(reportIds.map((id) => api<Report & { filters: { from?: string; to?: string } }>('GET', `/api/reports/${id}${id === 'monthly' || id === 'outcomes' ? monthParams : params}`)))
      .then(([monthly, stages, pendency, outcomes]) => live && setLoaded({ state: 'ready', reports: { monthly: monthly!, stages: stages!, pendency: pendency!, outcomes: outcomes! } }))
      .catch((error: unknown) => live && setLoaded({ state: 'refused', text: error instanceof ApiError ? (error.problem.detail ?? error.problem.title ?? t('common.error')) : t('errors.network') }));
    return () => {
      live = false;
    };
  }, [params, monthParams, t]);

  const charts = useMemo(() => {
    if (loaded.state !== 'ready') return undefined;
    const { monthly, stages, pendency, outcomes } = loaded.reports;
    const months = [...new Set([...monthly.rows, ...outcomes.rows].map((r) => String(r.month)))].sort();
    const monthRows = months.map((m) => ({ key: m, label: monthLabel(lang, m) }));
    const types: Series[] = [...new Map(monthly.rows.map((r) => [String(r.recordType), String(r.recordTypeLabel)])).entries()].map(([key, label]) => ({ key, label }));
    const perMonthType = sumBy(monthly.rows, (r) => `${r.month}|${r.recordType}`, 'count');
    const stageRows = [...new Map(stages.rows.map((r) => [`${r.recordType}|${r.stage}`, `${r.recordTypeLabel}: ${r.stageLabel}`])).entries()].map(([key, label]) => ({ key, label }));
    const perStage = sumBy(stages.rows, (r) => `${r.recordType}|${r.stage}`, 'count');
    const buckets = pendency.columns.filter((c) => c.numeric && c.key !== 'total').map((c) => ({ key: c.key, label: c.label }));
    const outcomeSeries: Series[] = outcomes.columns.filter((c) => c.numeric).map((c) => ({ key: c.key, label: c.label }));
    const perOutcome = new Map<string, number>();
    for (const s of outcomeSeries) for (const [m, v] of sumBy(outcomes.rows, (r) => String(r.month), s.key)) perOutcome.set(`${m}|${s.key}`, v);
    return { monthRows, types, perMonthType, stageRows, perStage, buckets, outcomeSeries, perOutcome, pendencyTotals: buckets.map((b) => [b.key, pendency.rows.reduce((sum, r) => sum + num(r[b.key]), 0)] as const) };
  }, [loaded, lang]);

  return (
    <div className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      <p className="note">{t('dashboard.intro')}</p>
      <form className="dashboard-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('dashboard.district')}
          <select value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">{t('dashboard.allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {ct(d.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.from')}
          <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('dashboard.to')}
          <input type="month" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </form>
      {loaded.state === 'loading' ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {loaded.state === 'refused' ? (
        <p role="alert" className="refusal">
          {loaded.text}
        </p>
      ) : null}
      {loaded.state === 'ready' && charts ? (
        <div className="dashboard-grid">
          <Section id="monthly" title={t('dashboard.monthly')} report={loaded.reports.monthly} lang={lang} params={monthParams} chart={<BarChart id="chart-monthly" title={t('dashboard.monthly')} rows={charts.monthRows} series={charts.types} values={(m, s) => charts.perMonthType.get(`${m}|${s}`) ?? 0} stacked lang={lang} />} />
          <Section id="stages" title={t('dashboard.stages')} report={loaded.reports.stages} lang={lang} params={params} chart={<BarChart id="chart-stages" title={t('dashboard.stages')} rows={charts.stageRows} series={[{ key: 'count', label: t('dashboard.records') }]} values={(r) => charts.perStage.get(r) ?? 0} stacked lang={lang} />} />
          <Section id="pendency" title={t('dashboard.pendency')} note={t('dashboard.pendencyNote')} report={loaded.reports.pendency} lang={lang} params={params} chart={<BarChart id="chart-pendency" title={t('dashboard.pendency')} rows={charts.buckets} series={[{ key: 'count', label: t('dashboard.records') }]} values={(b) => charts.pendencyTotals.find(([k]) => k === b)?.[1] ?? 0} stacked lang={lang} />} />
          <Section id="outcomes" title={t('dashboard.outcomes')} report={loaded.reports.outcomes} lang={lang} params={monthParams} chart={<BarChart id="chart-outcomes" title={t('dashboard.outcomes')} rows={charts.monthRows.filter((m) => loaded.reports.outcomes.rows.some((r) => r.month === m.key))} series={charts.outcomeSeries} values={(m, s) => charts.perOutcome.get(`${m}|${s}`) ?? 0} stacked={false} lang={lang} />} />
        </div>
      ) : null}
    </div>
  );
}
