// The users page's logic: filtering, the PATCH an edit sends, and refusals as translated texts (never the server's English).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../shell/api.ts';
import { changesOf, filterUsers, isFiltered, noFilter, placementOf, refusalKeys, refusalOf, type ListedUser } from './usersModel.ts';

const person = (username: string, name: string, roles: string[], district: string | null, active = true, office: string | null = null): ListedUser => ({ id: username, username, name, state: 'GJ', roles, district, office, language: null, active });
const users = [person('gj.police.ahm', 'Ramesh Patel', ['police'], 'AHM', true, 'AHM-PS-NAVRANGPURA'), person('gj.cwc.sur', 'સુરેખા શાહ', ['cwcMember'], 'SUR'), person('gj.stateadmin', 'State Admin', ['stateAdmin'], null), person('asha.sw', 'Asha Desai', ['socialWorker', 'police'], 'AHM', false)];

describe('filtering the users list', () => {
  it('matches every word in the username or name, in any case and script', () => {
    expect(filterUsers(users, { ...noFilter, query: 'PATEL' }).map((u) => u.username)).toEqual(['gj.police.ahm']);
    expect(filterUsers(users, { ...noFilter, query: 'સુરેખા' }).map((u) => u.username)).toEqual(['gj.cwc.sur']);
    expect(filterUsers(users, { ...noFilter, query: ' asha  desai ' }).map((u) => u.username)).toEqual(['asha.sw']);
    expect(filterUsers(users, { ...noFilter, query: 'asha patel' })).toEqual([]);
  });

  it('filters by role, district (or none) and status, together', () => {
    expect(filterUsers(users, { ...noFilter, role: 'police' }).map((u) => u.username)).toEqual(['gj.police.ahm', 'asha.sw']);
    expect(filterUsers(users, { ...noFilter, district: 'AHM' }).map((u) => u.username)).toEqual(['gj.police.ahm', 'asha.sw']);
    expect(filterUsers(users, { ...noFilter, district: '-' }).map((u) => u.username)).toEqual(['gj.stateadmin']);
    expect(filterUsers(users, { ...noFilter, status: 'inactive' }).map((u) => u.username)).toEqual(['asha.sw']);
    expect(filterUsers(users, { query: 'a', role: 'police', district: 'AHM', status: 'active' }).map((u) => u.username)).toEqual(['gj.police.ahm']);
    expect(filterUsers(users, noFilter)).toHaveLength(4);
    expect(isFiltered(noFilter)).toBe(false);
    expect(isFiltered({ ...noFilter, query: ' ' })).toBe(false);
    expect(isFiltered({ ...noFilter, status: 'active' })).toBe(true);
  });
});

describe('the changes an edit sends', () => {
  const police = users[0]!;

  it('sends nothing when nothing changed, and only what changed otherwise', () => {
    expect(changesOf(police, placementOf(police))).toBeUndefined();
    expect(changesOf(police, { ...placementOf(police), roles: ['police'], name: ' Ramesh Patel ' })).toBeUndefined();
    expect(changesOf(police, { ...placementOf(police), name: 'Ramesh K. Patel' })).toEqual({ name: 'Ramesh K. Patel' });
    expect(changesOf(police, { ...placementOf(police), roles: ['police', 'dcpo'] })).toEqual({ roles: ['police', 'dcpo'] });
    expect(changesOf(police, { ...placementOf(police), language: 'gu' })).toEqual({ language: 'gu' });
  });

  it('names the office whenever the district changes, and clears with null', () => {
    expect(changesOf(police, { ...placementOf(police), district: 'SUR', office: '' })).toEqual({ district: 'SUR', office: null });
    expect(changesOf(police, { ...placementOf(police), district: 'SUR', office: 'SUR-DCPU' })).toEqual({ district: 'SUR', office: 'SUR-DCPU' });
    expect(changesOf(police, { ...placementOf(police), district: '', office: '' })).toEqual({ district: null, office: null });
    expect(changesOf(police, { ...placementOf(police), office: 'AHM-DCPU' })).toEqual({ office: 'AHM-DCPU' });
  });
});

describe('refusals in the admin language', () => {
  const problem = (status: number, issues?: { pointer: string; message: string; key?: string }[]) => new ApiError({ status, title: 'English title', detail: 'English detail', issues });

  it('gives each field of a 400 its own text, by pointer and password policy code', () => {
    const refusal = refusalOf(
      problem(400, [
        { pointer: '/office', message: 'office "SUR-DCPU" is not in district "AHM"' },
        { pointer: '/roles/1', message: '"x" is not a role of this state' },
        { pointer: '/password', message: 'password does not meet the policy', key: 'password.containsUsername' },
        { pointer: '/active', message: 'you cannot deactivate yourself' },
        { pointer: '/nickname', message: 'unknown field "nickname"' },
      ]),
    );
    expect(refusal.banner).toEqual({ key: 'users.errors.invalid' });
    expect(Object.fromEntries(Object.entries(refusal.fields).map(([f, text]) => [f, text.key]))).toEqual({
      office: 'users.errors.office',
      roles: 'users.errors.roles',
      password: 'users.errors.policy.containsUsername',
      active: 'users.errors.self',
      nickname: 'users.errors.invalidField',
    });
    expect(refusalOf(problem(400, [{ pointer: '/password', message: 'x' }])).fields.password!.key).toBe('users.errors.password');
    expect(refusalOf(problem(400, [{ pointer: '/roles', message: 'x', key: 'user.ownAdminRole' }])).fields.roles!.key).toBe('users.errors.ownAdmin');
  });

  it('maps statuses and network failures, never passing the server English on', () => {
    expect(refusalOf(problem(403)).banner.key).toBe('users.errors.forbidden');
    expect(refusalOf(problem(404)).banner.key).toBe('users.errors.notFound');
    expect(refusalOf(problem(409), 'asha.sw')).toEqual({ banner: { key: 'users.taken', params: { username: 'asha.sw' } }, fields: { username: { key: 'users.taken', params: { username: 'asha.sw' } } } });
    expect(refusalOf(problem(500)).banner).toEqual({ key: 'users.errors.server', params: { status: 500 } });
    expect(refusalOf(new NetworkError('offline')).banner.key).toBe('shell.errors.network');
    expect(refusalOf(new Error('x')).banner.key).toBe('users.errors.unexpected');
    expect(JSON.stringify([403, 404, 409, 500].map((s) => refusalOf(problem(s))))).not.toContain('English');
  });

  it('has every text it can give in every interface language', () => {
    for (const lang of ['en', 'hi', 'gu', 'bn']) {
      const catalog = { ...JSON.parse(readFileSync(new URL(`./i18n/${lang}.json`, import.meta.url), 'utf8')), ...JSON.parse(readFileSync(new URL(`../shell/i18n/${lang}.json`, import.meta.url), 'utf8')) } as Record<string, unknown>;
      for (const key of refusalKeys) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
        expect(typeof text, `${lang} ${key}`).toBe('string');
      }
    }
  });
});
