// Errors as RFC 9457 problem details, and the one table that maps engine refusals to HTTP statuses.
import type { FormIssue, Refusal, RefusalCode } from '@suraksha/engine';

/** One problem with the request, at a JSON pointer. */
export interface ProblemIssue {
  pointer: string;
  message: string;
  /** Message key a client translates (with `params`); `message` stays the English text. */
  key?: string;
  params?: Record<string, string | number>;
}

/** An error the HTTP layer turns into `application/problem+json`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly issues?: ProblemIssue[],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  toJSON(instance: string): Record<string, unknown> {
    return {
      type: `https://suraksha.example/problems/${this.code}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      instance,
      code: this.code,
      ...(this.issues ? { issues: this.issues } : {}),
      ...this.extra,
    };
  }
}

/** HTTP status of every engine refusal code: exhaustive, so a new code cannot be forgotten. */
export const refusalStatus: Record<RefusalCode, number> = {
  forbidden: 403,
  fieldsForbidden: 403,
  notFound: 404,
  notAvailable: 409,
  notEditable: 409,
  final: 409,
  unknownEvent: 422,
  guardFailed: 422,
  formIncomplete: 422,
  invalidData: 422,
};

/** Turns an engine refusal into a problem; its message is already in the user's language. */
export function problemFromRefusal(refusal: Refusal): HttpProblem {
  const issues = refusal.issues?.map((i: FormIssue) => ({ pointer: i.pointer, message: i.message, key: i.key }));
  return new HttpProblem(refusalStatus[refusal.code], refusal.code, refusal.message, refusal.message, issues, refusal.fields ? { fields: refusal.fields } : {});
}

export const problems = {
  badRequest: (detail: string, issues?: ProblemIssue[]) => new HttpProblem(400, 'badRequest', 'The request is not valid', detail, issues),
  unauthenticated: () => new HttpProblem(401, 'unauthenticated', 'Please sign in', 'Your session is missing or has expired.'),
  forbidden: (detail = 'You may not do this.') => new HttpProblem(403, 'forbidden', 'Not allowed', detail),
  notFound: (detail = 'There is no such record, or you may not see it.') => new HttpProblem(404, 'notFound', 'Not found', detail),
  conflict: (detail: string, extra: Record<string, unknown> = {}) => new HttpProblem(409, 'conflict', 'Changed by someone else', detail, undefined, extra),
  tooLarge: (limit: number) => new HttpProblem(413, 'tooLarge', 'The request is too large', `The body may be at most ${limit} bytes.`),
  unsupportedMediaType: () => new HttpProblem(415, 'unsupportedMediaType', 'Send JSON', 'The body must be application/json.'),
  preconditionRequired: () => new HttpProblem(428, 'preconditionRequired', 'Version required', 'Send the record version you edited in If-Match (or "version").'),
  tooManyRequests: (retryAfter: number) => new HttpProblem(429, 'tooManyRequests', 'Too many attempts', `Try again in ${retryAfter} seconds.`, undefined, { retryAfter }),
  locked: (minutes: number) => new HttpProblem(423, 'locked', 'Account locked', `Too many failed sign-ins. Try again in ${minutes} minutes.`),
};
