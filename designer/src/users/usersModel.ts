// The users page without React: filtering the list, the changes an edit sends, and refusals as interface text keys.
import { ApiError, NetworkError, type User } from '../shell/api';

/** A user as GET /api/users lists them. */
export interface ListedUser extends User {
  active: boolean;
}

export interface UserFilter {
  /** Words found in the username or the full name (any case). */
  query: string;
  role: string;
  /** A district code, '-' for users without a district, '' for all. */
  district: string;
  status: '' | 'active' | 'inactive';
}

export const noFilter: UserFilter = { query: '', role: '', district: '', status: '' };

/** Whether any filter is set. */
export function isFiltered(filter: UserFilter): boolean {
  return Object.values(filter).some((v) => v.trim() !== '');
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The users the filter keeps, in the order given. */
export function filterUsers<U extends ListedUser>(users: readonly U[], filter: UserFilter): U[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return users.filter((u) => {
    const haystack = fold(`${u.username} ${u.name}`);
    if (!words.every((w) => haystack.includes(w))) return false;
    if (filter.role && !u.roles.includes(filter.role)) return false;
    if (filter.district === '-' ? u.district : filter.district && u.district !== filter.district) return false;
    if (filter.status && (filter.status === 'active') !== u.active) return false;
    return true;
  });
}

/** What the pickers offer: the state's published districts, offices, roles and languages, labelled in the admin's language. */
export interface StateChoices {
  districts: { code: string; label: string }[];
  offices: { id: string; district: string; label: string }[];
  roles: { id: string; label: string }[];
  languages: string[];
}

/** The fields of a user that the create form and the edit form both hold. */
export interface Placement {
  name: string;
  roles: string[];
  district: string;
  office: string;
  language: string;
}

export function placementOf(user: ListedUser): Placement {
  return { name: user.name, roles: [...user.roles], district: user.district ?? '', office: user.office ?? '', language: user.language ?? '' };
}

/**
 * The PATCH body for an edit: only what changed (undefined when nothing did). A new district always names its office
 * (null when none is chosen), as the user's old office is not in it.
 */
export function changesOf(user: ListedUser, next: Placement): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = {};
  if (next.name.trim() !== user.name) body.name = next.name.trim();
  if ([...next.roles].sort().join() !== [...user.roles].sort().join()) body.roles = next.roles;
  if (next.district !== (user.district ?? '')) body.district = next.district || null;
  if (next.office !== (user.office ?? '') || 'district' in body) body.office = next.office || null;
  if (next.language && next.language !== (user.language ?? '')) body.language = next.language;
  return Object.keys(body).length ? body : undefined;
}

/** An interface text: a key of the designer's catalog and its parameters. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

/** A refusal as the page shows it: one message, and one per field (by the first segment of the issue's pointer). */
export interface Refusal {
  banner: Text;
  fields: Record<string, Text>;
}

/** Password policy codes of the runtime (checkPasswordPolicy) that have their own text. */
export const passwordCodes = ['password.tooShort', 'password.tooLong', 'password.needsLettersAndDigits', 'password.containsUsername', 'password.tooCommon'] as const;

const policyKey = (code: string) => `users.errors.policy.${code.slice('password.'.length)}`;

const fieldKeys: Record<string, string> = {
  username: 'users.errors.username',
  name: 'users.errors.name',
  password: 'users.errors.password',
  roles: 'users.errors.roles',
  district: 'users.errors.district',
  office: 'users.errors.office',
  language: 'users.errors.language',
  active: 'users.errors.self',
};

/** Refusals of the runtime with a key of their own. */
const issueKeys: Record<string, string> = { 'user.ownAdminRole': 'users.errors.ownAdmin' };

/** Every key refusalOf can give (so a test can check each is translated). */
export const refusalKeys = [
  ...new Set([...Object.values(fieldKeys), ...Object.values(issueKeys), ...passwordCodes.map(policyKey), 'users.errors.invalid', 'users.errors.invalidField', 'users.errors.signedOut', 'users.errors.forbidden', 'users.errors.notFound', 'users.taken', 'users.errors.conflict', 'users.errors.server', 'users.errors.unexpected', 'shell.errors.network']),
];

/**
 * The refusal of a users request in interface text keys, never the server's English: by status, and for a 400 by
 * each issue's pointer (and the password policy code it carries).
 */
export function refusalOf(error: unknown, username = ''): Refusal {
  if (error instanceof NetworkError) return { banner: { key: 'shell.errors.network' }, fields: {} };
  if (!(error instanceof ApiError)) return { banner: { key: 'users.errors.unexpected' }, fields: {} };
  switch (error.status) {
    case 400: {
      const fields: Record<string, Text> = {};
      for (const issue of error.problem.issues ?? []) {
        const field = (issue.pointer ?? '').split('/')[1] ?? '';
        const code = (issue as { key?: string }).key;
        const key = field === 'password' && code && (passwordCodes as readonly string[]).includes(code) ? policyKey(code) : ((code && issueKeys[code]) ?? fieldKeys[field] ?? 'users.errors.invalidField');
        fields[field] ??= { key, params: { field } };
      }
      return { banner: { key: 'users.errors.invalid' }, fields };
    }
    case 401:
      return { banner: { key: 'users.errors.signedOut' }, fields: {} };
    case 403:
      return { banner: { key: 'users.errors.forbidden' }, fields: {} };
    case 404:
      return { banner: { key: 'users.errors.notFound' }, fields: {} };
    case 409:
      return username ? { banner: { key: 'users.taken', params: { username } }, fields: { username: { key: 'users.taken', params: { username } } } } : { banner: { key: 'users.errors.conflict' }, fields: {} };
    default:
      return { banner: { key: 'users.errors.server', params: { status: error.status } }, fields: {} };
  }
}
