// Deadlines as people read them: the date, and how many days are left or overdue.
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/types';
import { useApp } from '../app/AppContext';
import { daysUntil, formatDate, formatNumber } from '../i18n/format';

/** Days ahead that count as "due soon" (the server's `dueSoon` list filter uses the same). */
export const dueSoonDays = 7;

/** "overdue by 3 days", "due today", "due in 5 days" for a deadline, with its tone. */
export function useDeadlineText() {
  const { t } = useTranslation();
  const { lang, config } = useApp();
  return (due: string, now = new Date()) => {
    const days = daysUntil(due, now, config.state.timeZone);
    const overdue = Date.parse(due) <= now.getTime();
    const n = formatNumber(lang, Math.abs(days));
    if (overdue) return { tone: 'overdue' as const, days, text: days === 0 ? t('deadline.overdueToday') : t('deadline.overdueBy', { count: Math.abs(days), n }) };
    if (days === 0) return { tone: 'soon' as const, days, text: t('deadline.dueToday') };
    return { tone: days <= 3 ? ('soon' as const) : ('later' as const), days, text: t('deadline.dueIn', { count: days, n }) };
  };
}

/** A list of deadlines with their dates and days left or overdue. */
export function DeadlineList({ deadlines, ct }: { deadlines: Deadline[]; ct: (key: string) => string }) {
  const { t } = useTranslation();
  const { lang, config } = useApp();
  const describe = useDeadlineText();
  if (deadlines.length === 0) return <p className="note">{t('record.noDeadlines')}</p>;
  return (
    <ul className="deadlines">
      {[...deadlines]
        .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))
        .map((d) => {
          const text = describe(d.due);
          return (
            <li key={d.id} className={`deadline ${text.tone}`}>
              <span className="deadline-label">{ct(d.label)}</span> <span className="deadline-date">{formatDate(lang, d.due, config.state.timeZone)}</span> <span className={`badge ${text.tone}`}>{text.text}</span>
            </li>
          );
        })}
    </ul>
  );
}
