// The one way the app talks to the runtime: JSON in and out, the session's CSRF token, problems as typed errors.
import type { Problem } from './types';

/** The server answered with a problem (4xx/5xx). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The request never reached the server (offline, server down). */
export class NetworkError extends Error {}

let csrfToken = '';
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the CSRF token of the session (from sign-in or /api/me). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The header unsafe requests made outside `api` (an upload with progress) must carry. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Called when a request finds the session gone (expired or signed out elsewhere). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => void unauthenticatedListeners.delete(listener);
}

/** What a request may add: headers (an If-Match) and a signal that cancels it. */
export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends one request; resolves with the JSON body, rejects with ApiError or NetworkError (a cancelled one with its AbortError). */
export async function api<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...options.headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = (parsed && typeof parsed === 'object' ? parsed : { status: response.status, title: response.statusText }) as Problem;
    if (response.status === 401 && !path.startsWith('/api/auth/login')) unauthenticatedListeners.forEach((l) => l());
    throw new ApiError({ ...problem, status: response.status });
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
