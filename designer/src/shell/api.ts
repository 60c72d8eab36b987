// The designer's one way to the runtime: the caseworker app's client (JSON in and out, the session's CSRF token,
// problems as typed errors; one per bundle, so each app keeps its own token) and the admin shapes and helpers.
export { api, ApiError, NetworkError, onUnauthenticated, setCsrfToken, type Problem, type User } from '@suraksha/runtime/web/api';
import type { User } from '@suraksha/runtime/web/api';

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
