// The state's users: the list, and a form to create one (username, name, roles, district, office, language, password).
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, isNationalAdmin, NetworkError, type User } from '../shell/api';
import type { ConfigFiles } from '../draft/types';
import { languageNames } from '../setupI18n';
import { configText } from '../shell/configText';

interface Manifest {
  districts: { code: string; name: string }[];
  offices: { id: string; type: string; district: string; name: string }[];
}
interface Roles {
  roles: Record<string, { label: string; officeTypes?: string[] }>;
}
interface ListedUser extends User {
  active: boolean;
}

const empty = { username: '', name: '', roles: [] as string[], district: '', office: '', language: '', password: '' };

export function UsersPage({ code, slug, files, languages, user }: { code: string; slug: string; files: ConfigFiles; languages: readonly string[]; user: User }) {
  const { t, i18n } = useTranslation();
  const [users, setUsers] = useState<ListedUser[] | undefined>();
  const [listError, setListError] = useState<string | undefined>();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const manifest = files[`form-definitions/${slug}/state.json`] as Manifest | undefined;
  const roles = (files[`workflows/${slug}/roles.json`] as Roles | undefined)?.roles ?? {};
  const text = useMemo(() => configText(files, slug, languages, i18n.language), [files, slug, languages, i18n.language]);
  // A national admin manages another state's users by naming it; a state admin's own state is implied.
  const scope = isNationalAdmin(user) && user.state !== code ? `?state=${code}` : '';

  const load = useCallback(() => {
    api<{ users: ListedUser[] }>('GET', `/api/users${scope}`)
      .then((answer) => (setUsers(answer.users.filter((u) => u.state === code)), setListError(undefined)))
      .catch((e: unknown) => setListError(e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? String(e.status)) : t('shell.errors.network')));
  }, [scope, code, t]);
  useEffect(load, [load]);

  const offices = (manifest?.offices ?? []).filter((o) => o.district === form.district);
  const set = (patch: Partial<typeof empty>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!form.username.trim()) missing.username = t('users.required');
    if (!form.name.trim()) missing.name = t('users.required');
    if (!form.password) missing.password = t('users.required');
    if (form.roles.length === 0) missing.roles = t('users.required');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    setMessage(undefined);
    try {
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
      await api('POST', '/api/users', body);
      setMessage({ kind: 'ok', text: t('users.created', { username: body.username }) });
      setForm(empty);
      load();
    } catch (error) {
      if (error instanceof ApiError) {
        const byField: Record<string, string> = {};
        for (const issue of error.problem.issues ?? []) {
          const field = (issue.pointer ?? '').split('/')[1] ?? '';
          byField[field] = issue.message;
        }
        setErrors(byField);
        setMessage({ kind: 'error', text: error.status === 409 ? t('users.taken', { username: form.username }) : (error.problem.detail ?? error.problem.title ?? String(error.status)) });
      } else setMessage({ kind: 'error', text: error instanceof NetworkError ? t('shell.errors.network') : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: string) =>
    errors[field] ? (
      <span className="field-error" id={`user-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  const described = (field: string) => (errors[field] ? { 'aria-describedby': `user-${field}-error`, 'aria-invalid': true } : {});

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.title')}</h2>
      <form className="card" onSubmit={submit} noValidate aria-labelledby="new-user-heading">
        <h3 id="new-user-heading">{t('users.new')}</h3>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '0 1rem' }}>
          <div className="field">
            <label htmlFor="user-username">{t('users.username')}</label>
            <input id="user-username" autoCapitalize="none" spellCheck={false} value={form.username} onChange={(e) => set({ username: e.target.value })} {...described('username')} />
            {errorOf('username')}
          </div>
          <div className="field">
            <label htmlFor="user-name">{t('users.name')}</label>
            <input id="user-name" value={form.name} onChange={(e) => set({ name: e.target.value })} {...described('name')} />
            {errorOf('name')}
          </div>
          <div className="field">
            <label htmlFor="user-password">{t('users.password')}</label>
            <input id="user-password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} {...described('password')} />
            <span className="hint">{t('users.passwordHint')}</span>
            {errorOf('password')}
          </div>
          <div className="field">
            <label htmlFor="user-district">{t('users.district')}</label>
            <select id="user-district" value={form.district} onChange={(e) => set({ district: e.target.value, office: '' })} {...described('district')}>
              <option value="">{t('users.none')}</option>
              {(manifest?.districts ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {text(d.name)} ({d.code})
                </option>
              ))}
            </select>
            {errorOf('district')}
          </div>
          <div className="field">
            <label htmlFor="user-office">{t('users.office')}</label>
            <select id="user-office" value={form.office} onChange={(e) => set({ office: e.target.value })} disabled={!form.district} {...described('office')}>
              <option value="">{t('users.none')}</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {text(o.name)} ({o.id})
                </option>
              ))}
            </select>
            {errorOf('office')}
          </div>
          <div className="field">
            <label htmlFor="user-language">{t('users.language')}</label>
            <select id="user-language" value={form.language} onChange={(e) => set({ language: e.target.value })}>
              <option value="">{t('users.defaultLanguage')}</option>
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageNames[l] ?? l}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset {...described('roles')}>
          <legend>{t('users.roles')}</legend>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem' }}>
            {Object.entries(roles).map(([id, role]) => (
              <label key={id} style={{ fontWeight: 400 }}>
                <input type="checkbox" value={id} checked={form.roles.includes(id)} onChange={(e) => set({ roles: e.target.checked ? [...form.roles, id] : form.roles.filter((r) => r !== id) })} /> {text(role.label)}{' '}
                <span className="note">({id})</span>
              </label>
            ))}
          </div>
          {errorOf('roles')}
        </fieldset>
        {message ? (
          <p className={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="user-message">
            {message.text}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('users.create')}
        </button>
      </form>
      {listError ? (
        <p className="banner error" role="alert">
          {listError}
        </p>
      ) : null}
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
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((u) => (
            <tr key={u.id} data-username={u.username}>
              <td>{u.username}</td>
              <td>{u.name}</td>
              <td>{u.roles.map((r) => (roles[r] ? text(roles[r].label) : r)).join(', ')}</td>
              <td>{u.district ?? ''}</td>
              <td>{u.office ?? ''}</td>
              <td>{u.active ? t('users.active') : t('users.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
