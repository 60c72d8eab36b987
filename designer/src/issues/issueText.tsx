// Engine issues and server refusals in the admin's language: by message key and params, the English text as fallback.
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../shell/api';

/** What the designer needs of an issue: the engine's key and params when it has them, the English message always. */
export interface IssueLike {
  key?: string;
  params?: Record<string, string | number>;
  message: string;
}

/** An issue in the interface language; an unknown key (or none) shows the English message. */
export function issueText(t: TFunction, issue: IssueLike): string {
  if (!issue.key || !i18next.exists(`issue.${issue.key}`)) return issue.message;
  const given = issue.params ?? {};
  // An English detail with a key of its own (e.g. an Ajv message about a guard's parameter) is translated too.
  const detailKey = typeof given.detailKey === 'string' && i18next.exists(`issue.${given.detailKey}`) ? given.detailKey : undefined;
  const params = detailKey ? { ...given, detail: t(`issue.${detailKey}`, given) } : given;
  const text = t(`issue.${issue.key}`, params);
  return params.suggestion === undefined ? text : `${text} ${t('issue.didYouMean', { suggestion: params.suggestion })}`;
}

/** An issue's text with the command line's English in a tooltip. */
export function IssueMessage({ issue }: { issue: IssueLike }) {
  const { t } = useTranslation();
  return (
    <span className="issue-message" title={issue.message} data-issue-key={issue.key}>
      {issueText(t, issue)}
    </span>
  );
}

/** Problem codes and statuses of the runtime with their own text. */
const byStatus: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'tooLarge',
  415: 'unsupportedMediaType',
  423: 'locked',
  429: 'tooManyRequests',
};

/** A failed request in the interface language: by the problem's code, else its status; never the server's English. */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError) return t('shell.errors.network');
  if (!(error instanceof ApiError)) return t('shell.errors.generic');
  const { code, status, issues } = error.problem;
  if (code === 'invalidConfiguration') return t('problem.invalidConfiguration', { number: issues?.length ?? 0 });
  if (code && i18next.exists(`problem.${code}`)) return t(`problem.${code}`);
  if (byStatus[status]) return t(`problem.${byStatus[status]}`);
  return status >= 500 ? t('problem.server') : t('shell.errors.generic');
}

/**
 * The issues of a refusal, each with a key: those of the server's input check have none (their English message names
 * an Ajv rule), so they become "the value at <pointer> was not accepted"; engine issues and keyed ones stay as they are.
 */
export function requestIssues<T extends IssueLike & { file?: string; pointer?: string }>(issues: readonly T[]): T[] {
  return issues.map((issue) => (issue.key || issue.file ? issue : { ...issue, key: 'request.notAccepted', params: { pointer: issue.pointer || '/' } }));
}

/** The places a refusal points at, each in the interface language. */
export function problemIssueTexts(t: TFunction, error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return requestIssues(error.problem.issues ?? []).map((issue) => issueText(t, issue));
}
