// A record's history: who did what and when, and which fields changed from what to what (only readable ones).
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../api/types';
import { useApp } from '../app/AppContext';
import { formatDateTime, formatNumber } from '../i18n/format';
import { schemaAt } from '../forms/paths';
import { displayValue } from '../forms/renderers/useField';

export function HistoryList({ history, recordType }: { history: HistoryEntry[]; recordType: string }) {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const workflow = config.workflows[config.recordTypes.find((r) => r.id === recordType)?.workflow ?? ''];
  const ctx = { ct, lang, timeZone: config.state.timeZone, districts: config.districts, offices: config.offices };
  const stage = (id?: string) => ct(workflow?.stages[id ?? '']?.label ?? id);
  const what = (entry: HistoryEntry) => {
    if (entry.kind === 'created') return t('history.created');
    if (entry.kind === 'matchConfirmed' || entry.kind === 'matchRejected') return t(entry.kind === 'matchConfirmed' ? 'history.matchConfirmed' : 'history.matchRejected', { note: entry.match?.note ?? '' });
    if (entry.kind === 'formSaved') return t(entry.mode === 'complete' ? 'history.formCompleted' : 'history.formSaved', { form: ct(config.forms[entry.form ?? '']?.title ?? entry.form) });
    return t('history.transition', { event: ct(workflow?.events[entry.event ?? '']?.label ?? entry.event), from: stage(entry.from), to: stage(entry.to) });
  };
  if (history.length === 0) return <p className="note">{t('history.empty')}</p>;
  return (
    <ol className="history">
      {[...history].reverse().map((entry) => (
        <li key={entry._id} className={`history-entry ${entry.kind}`}>
          <p className="history-what">{what(entry)}</p>
          <p className="history-meta">
            <time dateTime={entry.at}>{formatDateTime(lang, entry.at, config.state.timeZone)}</time> · {entry.actorName ? t('history.byName', { name: entry.actorName, roles: entry.actorRoles.map((r) => ct(`role.${r}`)).join(', ') }) : t('history.by', { who: entry.actorRoles.map((r) => ct(`role.${r}`)).join(', ') })}
          </p>
          {entry.changes.length ? (
            <details>
              <summary>{t('history.changes', { count: entry.changes.length, n: formatNumber(lang, entry.changes.length) })}</summary>
              <ul className="changes">
                {entry.changes.map((change, i) => {
                  const [formId, ...rest] = change.field.split('.');
                  const schema = schemaAt(config.forms[formId!]?.schema ?? {}, rest.join('.'));
                  const show = (v: unknown) => displayValue(schema, v, ctx, t) || '—';
                  return (
                    <li key={i}>
                      <strong>{ct(schema?.title ?? change.field)}</strong>: <span className="before">{show(change.before)}</span> → <span className="after">{show(change.after)}</span>
                    </li>
                  );
                })}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
