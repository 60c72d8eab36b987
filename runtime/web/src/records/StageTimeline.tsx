// The stages a record went through, with when, from its history; the current stage last.
import { useTranslation } from 'react-i18next';
import type { CaseRecord, HistoryEntry } from '../api/types';
import { useApp } from '../app/AppContext';
import { formatDate } from '../i18n/format';

export function StageTimeline({ record, history }: { record: CaseRecord; history: HistoryEntry[] | undefined }) {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const workflow = config.workflows[config.recordTypes.find((r) => r.id === record.recordType)?.workflow ?? ''];
  const label = (stage: string) => ct(workflow?.stages[stage]?.label ?? stage);
  const steps: { stage: string; at: string }[] = [{ stage: workflow?.initial ?? record.stage, at: record.createdAt }];
  for (const entry of history ?? []) if (entry.kind === 'transition' && entry.to && entry.to !== entry.from) steps.push({ stage: entry.to, at: entry.at });
  return (
    <nav className="timeline" aria-label={t('record.timeline')}>
      <ol>
        {steps.map((step, i) => {
          const current = i === steps.length - 1;
          return (
            <li key={i} className={current ? 'current' : 'done'} aria-current={current ? 'step' : undefined}>
              <span className="timeline-stage">{label(step.stage)}</span>
              <span className="timeline-date">{formatDate(lang, step.at, config.state.timeZone)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
