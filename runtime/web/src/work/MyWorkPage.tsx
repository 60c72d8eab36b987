// "My work": records assigned to me, overdue and due-soon deadlines (days overdue), recent records, counts per stage.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { Page, RecordSummary } from '../api/types';
import { useApp } from '../app/AppContext';
import { Link } from '../app/router';
import { formatNumber } from '../i18n/format';
import { RecordTable } from '../records/RecordTable';
import { dueSoonDays as soonDays } from '../records/deadlines';

interface Work {
  assigned: RecordSummary[];
  overdue: RecordSummary[];
  dueSoon: RecordSummary[];
  recent: RecordSummary[];
  counts: { recordType: string; stage: string; label: string; total: number }[];
}

export function MyWorkPage() {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const [work, setWork] = useState<Work | undefined>();
  const [error, setError] = useState(false);

  useEffect(() => {
    let live = true;
    const list = (params: Record<string, string | number>) => api<Page<RecordSummary>>('GET', `/api/records${query(params)}`);
    const stageQueries = config.recordTypes.flatMap((r) =>
      Object.entries(config.workflows[r.workflow]?.stages ?? {})
        .filter(([, s]) => !s.final)
        .map(([stage, s]) => ({ recordType: r.id, stage, label: `${r.label}: ${ct(s.label)}` })),
    );
    Promise.all([
      list({ assignedToMe: 'true', pageSize: 50, sort: '-updatedAt' }),
      api<Page<RecordSummary>>('GET', '/api/deadlines/overdue'),
      list({ pageSize: 50, sort: '-updatedAt' }),
      list({ dueSoon: 'true', pageSize: 50, sort: 'nextDue' }),
      Promise.all(stageQueries.map((q) => list({ recordType: q.recordType, stage: q.stage, pageSize: 1 }).then((p) => ({ ...q, total: p.total })))),
    ])
      .then(([assigned, overdue, recent, dueSoon, counts]) => {
        if (!live) return;
        setWork({ assigned: assigned.items, overdue: overdue.items, dueSoon: dueSoon.items, recent: recent.items.slice(0, 10), counts: counts.filter((c) => c.total > 0) });
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [config, ct, lang]);

  if (error) return <p role="alert" className="error-text">{t('common.error')}</p>;
  if (!work) return <p className="loading" role="status">{t('common.loading')}</p>;
  return (
    <section aria-labelledby="work-title" className="my-work">
      <h1 id="work-title">{t('work.title')}</h1>
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{t('work.byStage')}</h2>
        {work.counts.length === 0 ? (
          <p className="note">{t('work.none')}</p>
        ) : (
          <ul className="stage-counts">
            {work.counts.map((c) => (
              <li key={`${c.recordType}.${c.stage}`}>
                <Link to={`/records${query({ recordType: c.recordType, stage: c.stage })}`}>
                  <span className="count">{formatNumber(lang, c.total)}</span> <span>{c.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WorkList id="overdue" title={t('work.overdue')} items={work.overdue} />
      <WorkList id="soon" title={t('work.dueSoon', { n: formatNumber(lang, soonDays) })} items={work.dueSoon} />
      <WorkList id="assigned" title={t('work.assigned')} items={work.assigned} />
      <WorkList id="recent" title={t('work.recent')} items={work.recent} />
    </section>
  );
}

function WorkList({ id, title, items }: { id: string; title: string; items: RecordSummary[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`work-${id}`}>
      <h2 id={`work-${id}`}>{title}</h2>
      {items.length ? <RecordTable items={items} /> : <p className="note">{t('work.none')}</p>}
    </section>
  );
}
