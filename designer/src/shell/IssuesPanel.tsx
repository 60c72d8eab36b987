// The engine's issues for the draft: a count, each as "file pointer message" in the admin's language, a click takes the admin there.
import type { Issue } from '@suraksha/engine';
import { useTranslation } from 'react-i18next';
import { IssueMessage } from '../issues/issueText';

export function IssuesPanel({ issues, validating, onOpen }: { issues: readonly Issue[]; validating: boolean; onOpen: (issue: Issue) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="issues-panel" aria-labelledby="issues-heading">
      <h2 id="issues-heading">
        {t('shell.issues.title')}{' '}
        <span className={`badge ${issues.length ? 'danger' : 'ok'}`} data-testid="issue-count">
          {issues.length}
        </span>{' '}
        {validating ? <span className="spinner" role="status" aria-label={t('shell.issues.checking')} /> : null}
      </h2>
      {issues.length === 0 ? <p className="note">{t('shell.issues.none')}</p> : null}
      <ol>
        {issues.slice(0, 300).map((issue, i) => (
          <li key={`${issue.file}${issue.pointer}${i}`}>
            <button type="button" onClick={() => onOpen(issue)}>
              <span className="where">
                {issue.file ?? ''} {issue.pointer || '/'}
              </span>
              <IssueMessage issue={issue} />
            </button>
          </li>
        ))}
      </ol>
      {issues.length > 300 ? <p className="note">{t('shell.issues.more', { count: issues.length - 300 })}</p> : null}
    </aside>
  );
}
