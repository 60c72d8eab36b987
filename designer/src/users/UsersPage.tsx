// The state's users: a form to create one, the list with filters, and an edit panel per user (placement, password, access).
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isNationalAdmin, type User } from '../shell/api';
import type { ConfigFiles } from '../draft/types';
import { configText } from '../shell/configText';
import { UserEditor } from './UserEditor';
import { described, FieldError, UserFields } from './UserFields';
import { filterUsers, isFiltered, noFilter, refusalOf, type ListedUser, type Placement, type Refusal, type StateChoices, type UserFilter } from './usersModel';
import './users.css';

interface Manifest {
  languages?: string[];
  districts: { code: string; name: string }[];
  offices: { id: string; type: string; district: string; name: string }[];
}
interface Roles {
  roles: Record<string, { label: string; officeTypes?: string[] }>;
}

const empty: Placement & { username: string; password: string } = { username: '', name: '', roles: [], district: '', office: '', language: '', password: '' };

/** The files of the state's published version (users are placed against it, not the draft); undefined until loaded. */
function usePublished(code: string): ConfigFiles | undefined {
  const [files, setFiles] = useState<ConfigFiles | undefined>();
  useEffect(() => {
    let live = true;
    api<{ version: number }[]>('GET', `/api/admin/states/${encodeURIComponent(code)}/versions`)
      .then((versions) => (versions[0] ? api<{ files: ConfigFiles }>('GET', `/api/admin/states/${encodeURIComponent(code)}/versions/${versions[0].version}`) : undefined))
      .then((answer) => live && answer && setFiles(answer.files))
      .catch(() => undefined);
    return () => void (live = false);
  }, [code]);
  return files;
}

export function UsersPage({ code, slug, files: draftFiles, languages: draftLanguages, user }: { code: string; slug: string; files: ConfigFiles; languages: readonly string[]; user: User }) {
  const { t, i18n } = useTranslation();
  const published = usePublished(code);
  // Until the published version is loaded, the draft's lists stand in (they are the same unless the draft changed them).
  const files = published ?? draftFiles;
  const manifest = files[`form-definitions/${slug}/state.json`] as Manifest | undefined;
  const languages = useMemo(() => manifest?.languages ?? [...draftLanguages], [manifest, draftLanguages]);
  const text = useMemo(() => configText(files, slug, languages, i18n.language), [files, slug, languages, i18n.language]);
  const choices = useMemo<StateChoices>(() => {
    const roles = (files[`workflows/${slug}/roles.json`] as Roles | undefined)?.roles ?? {};
    return {
      districts: (manifest?.districts ?? []).map((d) => ({ code: d.code, label: `${text(d.name)} (${d.code})` })),
      offices: (manifest?.offices ?? []).map((o) => ({ id: o.id, district: o.district, label: `${text(o.name)} (${o.id})` })),
      roles: Object.entries(roles).map(([id, role]) => ({ id, label: text(role.label) })),
      languages,
    };
  }, [files, slug, manifest, text, languages]);

  const [users, setUsers] = useState<ListedUser[] | undefined>();
  const [listError, setListError] = useState<Refusal | undefined>();
  const [filter, setFilter] = useState<UserFilter>(noFilter);
  const [editing, setEditing] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [form, setForm] = useState(empty);
  const [createRefusal, setCreateRefusal] = useState<Refusal | undefined>();
  const [created, setCreated] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // A national admin manages another state's users by naming it; a state admin's own state is implied.
  const scope = isNationalAdmin(user) && user.state !== code ? `?state=${code}` : '';

  const load = useCallback(() => {
    api<{ users: ListedUser[] }>('GET', `/api/users${scope}`)
      .then((answer) => (setUsers(answer.users.filter((u) => u.state === code)), setListError(undefined)))
      .catch((e: unknown) => setListError(refusalOf(e)));
  }, [scope, code]);
  useEffect(load, [load]);

  const shown = useMemo(() => filterUsers(users ?? [], filter), [users, filter]);
  const editedUser = users?.find((u) => u.id === editing);
  const districtLabel = (c: string | null) => (c ? (choices.districts.find((d) => d.code === c)?.label ?? c) : '');
  const officeLabel = (id: string | null) => (id ? (choices.offices.find((o) => o.id === id)?.label ?? id) : '');
  const roleLabel = (id: string) => choices.roles.find((r) => r.id === id)?.label ?? id;
  const setF = (patch: Partial<UserFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const set = (patch: Partial<typeof empty>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Refusal['fields'] = {};
    if (!form.username.trim()) missing.username = { key: 'users.required' };
    if (!form.name.trim()) missing.name = { key: 'users.required' };
    if (!form.password) missing.password = { key: 'users.required' };
    if (form.roles.length === 0) missing.roles = { key: 'users.required' };
    setCreated(undefined);
    if (Object.keys(missing).length) return setCreateRefusal({ banner: { key: 'users.errors.invalid' }, fields: missing });
    setCreateRefusal(undefined);
    setBusy(true);
    const body = {
      username: form.username.trim(),
      name: form.name.trim(),
      password: form.password,
      roles: form.roles,
      ...(form.district ? { district: form.district } : {}),
      ...(form.office ? { office: form.office } : {}),
      ...(form.language ? { language: form.language } : {}),
      ...(scope ? { state: code } : {}),
    };
    try {
      await api('POST', '/api/users', body);
      setCreated(t('users.created', { username: body.username }));
      setForm(empty);
      load();
    } catch (error) {
      setCreateRefusal(refusalOf(error, body.username));
    } finally {
      setBusy(false);
    }
  };

  const changed = (next: ListedUser, message: string) => {
    setUsers((list) => list?.map((u) => (u.id === next.id ? next : u)));
    setNotice(message);
  };

  return (
    <section aria-labelledby="users-heading" className="users-page">
      <h2 id="users-heading">{t('users.title')}</h2>
      <form className="card" onSubmit={submit} noValidate aria-labelledby="new-user-heading">
        <h3 id="new-user-heading">{t('users.new')}</h3>
        <UserFields
          idp="user"
          form={form}
          set={set}
          refusal={createRefusal}
          choices={choices}
          before={
            <div className="field">
              <label htmlFor="user-username">{t('users.username')}</label>
              <input id="user-username" autoCapitalize="none" spellCheck={false} value={form.username} onChange={(e) => set({ username: e.target.value })} {...described('user', createRefusal, 'username')} />
              <FieldError idp="user" refusal={createRefusal} field="username" />
            </div>
          }
          afterName={
            <div className="field">
              <label htmlFor="user-password">{t('users.password')}</label>
              <input id="user-password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} {...described('user', createRefusal, 'password')} />
              <span className="hint">{t('users.passwordHint')}</span>
              <FieldError idp="user" refusal={createRefusal} field="password" />
            </div>
          }
        />
        {createRefusal || created ? (
          <p className={`banner ${createRefusal ? 'error' : 'ok'}`} role={createRefusal ? 'alert' : 'status'} data-testid="user-message">
            {createRefusal ? t(createRefusal.banner.key, createRefusal.banner.params) : created}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('users.create')}
        </button>
      </form>

      <form className="card users-filters" role="search" aria-labelledby="users-filters-heading" onSubmit={(e) => e.preventDefault()}>
        <h3 id="users-filters-heading">{t('users.filters')}</h3>
        <div className="users-fields">
          <div className="field">
            <label htmlFor="users-search">{t('users.search')}</label>
            <input id="users-search" type="search" value={filter.query} onChange={(e) => setF({ query: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="users-filter-role">{t('users.role')}</label>
            <select id="users-filter-role" value={filter.role} onChange={(e) => setF({ role: e.target.value })}>
              <option value="">{t('users.all')}</option>
              {choices.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-filter-district">{t('users.district')}</label>
            <select id="users-filter-district" value={filter.district} onChange={(e) => setF({ district: e.target.value })}>
              <option value="">{t('users.all')}</option>
              <option value="-">{t('users.noDistrict')}</option>
              {choices.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-filter-status">{t('users.status')}</label>
            <select id="users-filter-status" value={filter.status} onChange={(e) => setF({ status: e.target.value as UserFilter['status'] })}>
              <option value="">{t('users.all')}</option>
              <option value="active">{t('users.active')}</option>
              <option value="inactive">{t('users.inactive')}</option>
            </select>
          </div>
        </div>
        <p className="users-count" role="status" aria-live="polite">
          {users ? t('users.shown', { shown: shown.length, total: users.length }) : t('users.loading')}{' '}
          {isFiltered(filter) ? (
            <button type="button" className="small" onClick={() => setFilter(noFilter)}>
              {t('users.clearFilters')}
            </button>
          ) : null}
        </p>
      </form>

      {listError ? (
        <p className="banner error" role="alert">
          {t(listError.banner.key, listError.banner.params)}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? (
          <p className="banner ok" data-testid="users-notice">
            {notice}
          </p>
        ) : null}
      </div>
      {editedUser ? <UserEditor key={editedUser.id} user={editedUser} selfId={user.id} choices={choices} onChanged={changed} onClose={() => (setEditing(undefined), setNotice(undefined))} /> : null}

      <table className="grid users-table">
        <caption className="visually-hidden">{t('users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.district')}</th>
            <th scope="col">{t('users.office')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.id} data-username={u.username} data-active={u.active} aria-current={u.id === editing ? 'true' : undefined}>
              <td data-label={t('users.username')}>
                {u.username}
                {u.id === user.id ? <span className="note"> ({t('users.you')})</span> : null}
              </td>
              <td data-label={t('users.name')}>{u.name}</td>
              <td data-label={t('users.roles')}>{u.roles.map(roleLabel).join(', ')}</td>
              <td data-label={t('users.district')} data-district={u.district ?? ''}>
                {districtLabel(u.district)}
              </td>
              <td data-label={t('users.office')}>{officeLabel(u.office)}</td>
              <td data-label={t('users.status')}>{u.active ? t('users.active') : t('users.inactive')}</td>
              <td data-label={t('users.actions')}>
                <button type="button" className="small" aria-label={t('users.editUser', { username: u.username })} onClick={() => (setEditing(u.id), setNotice(undefined))}>
                  {t('users.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {users && shown.length === 0 ? <p className="note">{t('users.noMatch')}</p> : null}
    </section>
  );
}
