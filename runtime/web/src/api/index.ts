// What other apps (the designer) use of the caseworker app's API client: one fetch wrapper, CSRF token and typed errors.
export { api, ApiError, csrfHeaders, NetworkError, onUnauthenticated, query, setCsrfToken, type RequestOptions } from './client';
export type { Problem, ProblemIssue, User } from './types';
