// Records as a list of cards: name, case number, type, stage, place, next deadline (reflows on a phone).
import { useTranslation } from 'react-i18next';
import type { RecordSummary } from '../api/types';
import { useApp } from '../app/AppContext';
import { Link } from '../app/router';
import { formatDate } from '../i18n/format';
import { useDeadlineText } from './deadlines';

export function RecordTable({ items }: { items: RecordSummary[] }) {
  const { t } = useTranslation();
  const { config, lang, ct } = useApp();
  const describe = useDeadlineText();
  return (
    <ul className="record-cards">
      {items.map((item) => {
        const next = [...item.deadlines].sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
        const deadline = next ? describe(next.due) : undefined;
        const district = config.districts.find((d) => d.code === item.district)?.name ?? item.district;
        return (
          <li key={item.id} className="record-card">
            <Link to={`/records/${item.id}`} className="record-link">
              <span className="child-name">{item.name ?? t('list.noName')}</span>
            </Link>
            <span className="case-number">{item.caseNumber ?? t('list.noCaseNumber')}</span>
            <span className="meta">
              {config.recordTypes.find((r) => r.id === item.recordType)?.label ?? item.recordType} · {district} · {formatDate(lang, item.createdAt, config.state.timeZone)}
            </span>
            <span className="stage-pill" data-stage={item.stage}>
              {item.stageLabel}
            </span>
            {next && deadline ? (
              <span className={`badge ${deadline.tone}`}>
                {next.label || ct(next.id)}: {deadline.text}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
