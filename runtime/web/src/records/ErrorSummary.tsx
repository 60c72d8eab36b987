// The list of a form's problems after a submit, each linking to its field (focus moves here after a failed save).
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { useApp } from '../app/AppContext';

export interface SummaryIssue {
  id: string;
  label: string;
  message: string;
}

function focusField(id: string) {
  const element = document.getElementById(id);
  const target = element?.matches('fieldset') ? (element.querySelector<HTMLElement>('input, select, textarea') ?? element) : element;
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

export const ErrorSummary = forwardRef<HTMLDivElement, { issues: SummaryIssue[] }>(function ErrorSummary({ issues }, ref) {
  const { t } = useTranslation();
  const { lang } = useApp();
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">{t('form.errorSummary', { count: issues.length, n: formatNumber(lang, issues.length) })}</h3>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <a
              href={`#${issue.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(issue.id);
              }}
            >
              {issue.label}: {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
