// The designer's one way to the runtime: JSON in and out, the session's CSRF token, problems as typed errors.
import type { Issue } from '@suraksha/engine';

/** A problem+json answer of the runtime. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  issues?: Array<Partial<Issue> & { pointer?: string; message: string }>;
}

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

/** Called when a request finds the session gone. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => void unauthenticatedListeners.delete(listener);
}

/** Sends one request; resolves with the JSON body, rejects with ApiError or NetworkError. */
export async function api<T>(method: string, path: string, body?: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
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

/** The signed-in user as /api/me gives it. */
export interface User {
  id: string;
  username: string;
  name: string;
  state: string;
  roles: string[];
  district: string | null;
  office: string | null;
  language: string | null;
}

/** A state the user may administer (GET /api/admin/states). */
export interface AdminState {
  code: string;
  slug: string;
  name: string | Record<string, string>;
  languages: string[];
  publishedVersion: number;
  draft: { revision: number; updatedAt: string; updatedBy: string } | null;
}

/** The user is a national admin (may create states and administer all). */
export function isNationalAdmin(user: User): boolean {
  return user.state === 'IN' && user.roles.includes('nationalAdmin');
}

/** A state's display name in a language (names may be a text or a map of language → text). */
export function stateName(state: Pick<AdminState, 'name' | 'code'>, lang: string): string {
  if (typeof state.name === 'string') return state.name || state.code;
  return state.name?.[lang] ?? state.name?.en ?? Object.values(state.name ?? {})[0] ?? state.code;
}

/** Downloads JSON or text as a file. */
export function download(name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
