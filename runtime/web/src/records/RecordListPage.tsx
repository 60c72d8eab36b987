// The record list: filters (type, stage, district, office, overdue, due soon), name search in any script, pages.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { Page, RecordSummary } from '../api/types';
import { useApp } from '../app/AppContext';
import { navigate, useLocation } from '../app/router';
import { formatNumber } from '../i18n/format';
import { RecordTable } from './RecordTable';
import { dueSoonDays } from './deadlines';

const filterKeys = ['recordType', 'stage', 'district', 'office', 'overdue', 'dueSoon', 'q', 'page'] as const;
type Filters = Partial<Record<(typeof filterKeys)[number], string>>;

export function RecordListPage() {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const { search } = useLocation();
  const filters: Filters = Object.fromEntries(filterKeys.flatMap((k) => (search.get(k) ? [[k, search.get(k)!]] : [])));
  const [result, setResult] = useState<Page<RecordSummary> | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [name, setName] = useState(filters.q ?? '');
  const key = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    setError(undefined);
    api<Page<RecordSummary>>('GET', `/api/records${query({ ...filters, pageSize: 20 })}`)
      .then((page) => live && setResult(page))
      .catch(() => live && setError(t('common.error')));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, lang]);

  const set = (changes: Filters) => {
    const next: Filters = { ...filters, ...changes, page: changes.page };
    navigate(`/records${query(next)}`, { replace: true });
  };
  const recordType = config.recordTypes.find((r) => r.id === filters.recordType);
  const stages = Object.entries(recordType ? (config.workflows[recordType.workflow]?.stages ?? {}) : Object.assign({}, ...config.recordTypes.map((r) => config.workflows[r.workflow]?.stages ?? {})));
  const offices = config.offices.filter((o) => !filters.district || o.district === filters.district);
  const page = Number(filters.page ?? 1);
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: name.trim() || undefined });
  };

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{t('list.title')}</h1>
      <form className="filters" role="search" onSubmit={submitSearch}>
        <div className="filter search">
          <label htmlFor="filter-q">{t('list.search')}</label>
          <div className="search-row">
            <input id="filter-q" type="search" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            <button type="submit" className="primary">
              {t('list.searchButton')}
            </button>
          </div>
        </div>
        <Select id="filter-type" label={t('list.recordType')} value={filters.recordType} onChange={(v) => set({ recordType: v, stage: undefined })} options={config.recordTypes.map((r) => [r.id, r.label])} />
        <Select id="filter-stage" label={t('list.stage')} value={filters.stage} onChange={(v) => set({ stage: v })} options={stages.map(([id, s]) => [id, ct((s as { label: string }).label)])} />
        <Select id="filter-district" label={t('list.district')} value={filters.district} onChange={(v) => set({ district: v, office: undefined })} options={config.districts.map((d) => [d.code, d.name])} />
        <Select id="filter-office" label={t('list.office')} value={filters.office} onChange={(v) => set({ office: v })} options={offices.map((o) => [o.id, o.name])} />
        <div className="filter checkbox">
          <input id="filter-overdue" type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })} />
          <label htmlFor="filter-overdue">{t('list.overdueOnly')}</label>
        </div>
        <div className="filter checkbox">
          <input id="filter-dueSoon" type="checkbox" checked={filters.dueSoon === 'true'} onChange={(e) => set({ dueSoon: e.target.checked ? 'true' : undefined })} />
          <label htmlFor="filter-dueSoon">{t('list.dueSoonOnly', { n: formatNumber(lang, dueSoonDays) })}</label>
        </div>
        {Object.keys(filters).length ? (
          <button type="button" className="link-button" onClick={() => (setName(''), navigate('/records', { replace: true }))}>
            {t('list.clear')}
          </button>
        ) : null}
      </form>
      <div role="status" aria-live="polite" className="result-count">
        {error ? <span className="error-text">{error}</span> : result ? t('list.count', { count: result.total, n: formatNumber(lang, result.total) }) : t('common.loading')}
      </div>
      {result && result.items.length > 0 ? <RecordTable items={result.items} /> : result ? <p className="note">{t('list.empty')}</p> : null}
      {result && pages > 1 ? (
        <nav className="pagination" aria-label={t('list.pages')}>
          <button type="button" className="secondary" disabled={page <= 1} onClick={() => set({ page: String(page - 1) })}>
            {t('list.previous')}
          </button>
          <span>{t('list.page', { page: formatNumber(lang, page), pages: formatNumber(lang, pages) })}</span>
          <button type="button" className="secondary" disabled={page >= pages} onClick={() => set({ page: String(page + 1) })}>
            {t('list.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function Select({ id, label, value, options, onChange }: { id: string; label: string; value?: string; options: [string, string][]; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('list.any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
