// One user's edit panel: name, roles, district and office, language; a new password; deactivate or reactivate (confirmed).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shell/api';
import { languageNames } from '../setupI18n';
import { changesOf, placementOf, refusalOf, type ListedUser, type Placement, type Refusal } from './usersModel';
import type { StateChoices } from './UsersPage';

interface Props {
  user: ListedUser;
  /** The signed-in admin (who may not deactivate themselves). */
  selfId: string;
  choices: StateChoices;
  onChanged: (user: ListedUser, message: string) => void;
  onClose: () => void;
}

export function UserEditor({ user, selfId, choices, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Placement>(() => placementOf(user));
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const [password, setPassword] = useState('');
  const [passwordRefusal, setPasswordRefusal] = useState<Refusal | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const self = user.id === selfId;
  const idp = `edit-${user.id}`;

  useEffect(() => heading.current?.focus(), [user.id]);
  useEffect(() => {
    // The confirmation opens on Cancel, so a second Enter does not deactivate anyone.
    if (confirming && !dialog.current?.open) {
      dialog.current?.showModal();
      cancel.current?.focus();
    }
    if (!confirming && dialog.current?.open) dialog.current.close();
  }, [confirming]);

  const set = (patch: Partial<Placement>) => setForm((f) => ({ ...f, ...patch }));
  const offices = choices.offices.filter((o) => o.district === form.district);
  const text = (r: Refusal | undefined, field: string) => (r?.fields[field] ? t(r.fields[field].key, r.fields[field].params) : undefined);

  /** Sends a PATCH; on success reports the user as the server now has them. */
  const send = async (body: Record<string, unknown>, done: (u: ListedUser) => string, onRefused: (r: Refusal) => void) => {
    setBusy(true);
    setNote(undefined);
    try {
      const answer = await api<{ user: ListedUser }>('PATCH', `/api/users/${encodeURIComponent(user.id)}`, body);
      onChanged(answer.user, done(answer.user));
      return true;
    } catch (error) {
      onRefused(refusalOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Refusal['fields'] = {};
    if (!form.name.trim()) missing.name = { key: 'users.required' };
    if (form.roles.length === 0) missing.roles = { key: 'users.errors.roles' };
    if (Object.keys(missing).length) return setRefusal({ banner: { key: 'users.errors.invalid' }, fields: missing });
    const body = changesOf(user, form);
    if (!body) return (setRefusal(undefined), setNote(t('users.nothingChanged')));
    setRefusal(undefined);
    await send(body, (u) => t('users.saved', { username: u.username }), setRefusal);
  };

  const resetPassword = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 12) return setPasswordRefusal({ banner: { key: 'users.errors.invalid' }, fields: { password: { key: 'users.errors.policy.tooShort' } } });
    setPasswordRefusal(undefined);
    if (await send({ password }, (u) => t('users.passwordSet', { username: u.username }), setPasswordRefusal)) setPassword('');
  };

  const toggleActive = async () => {
    setConfirming(false);
    const active = !user.active;
    await send({ active }, (u) => t(active ? 'users.reactivated' : 'users.deactivated', { username: u.username }), setRefusal);
  };

  const errorOf = (r: Refusal | undefined, field: string) => {
    const message = text(r, field);
    return message ? (
      <span className="field-error" id={`${idp}-${field}-error`}>
        {message}
      </span>
    ) : null;
  };
  const described = (r: Refusal | undefined, field: string) => (r?.fields[field] ? { 'aria-describedby': `${idp}-${field}-error`, 'aria-invalid': true } : {});

  return (
    <section className="card user-editor" aria-labelledby={`${idp}-heading`} data-user={user.username}>
      <div className="user-editor-bar">
        <h3 id={`${idp}-heading`} ref={heading} tabIndex={-1}>
          {t('users.editing', { username: user.username })}
        </h3>
        <span className={`user-status ${user.active ? 'active' : 'inactive'}`}>{user.active ? t('users.active') : t('users.inactive')}</span>
        <button type="button" onClick={onClose}>
          {t('users.close')}
        </button>
      </div>

      <form onSubmit={save} noValidate aria-label={t('users.placement')}>
        <div className="users-fields">
          <div className="field">
            <label htmlFor={`${idp}-name`}>{t('users.name')}</label>
            <input id={`${idp}-name`} value={form.name} onChange={(e) => set({ name: e.target.value })} {...described(refusal, 'name')} />
            {errorOf(refusal, 'name')}
          </div>
          <div className="field">
            <label htmlFor={`${idp}-district`}>{t('users.district')}</label>
            <select id={`${idp}-district`} value={form.district} onChange={(e) => set({ district: e.target.value, office: '' })} {...described(refusal, 'district')}>
              <option value="">{t('users.none')}</option>
              {choices.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.label}
                </option>
              ))}
            </select>
            {errorOf(refusal, 'district')}
          </div>
          <div className="field">
            <label htmlFor={`${idp}-office`}>{t('users.office')}</label>
            <select id={`${idp}-office`} value={form.office} onChange={(e) => set({ office: e.target.value })} disabled={!form.district} aria-describedby={refusal?.fields.office ? `${idp}-office-error` : `${idp}-office-hint`} aria-invalid={refusal?.fields.office ? true : undefined}>
              <option value="">{t('users.none')}</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
            <span className="hint" id={`${idp}-office-hint`}>
              {t('users.officeHint')}
            </span>
            {errorOf(refusal, 'office')}
          </div>
          <div className="field">
            <label htmlFor={`${idp}-language`}>{t('users.language')}</label>
            <select id={`${idp}-language`} value={form.language} onChange={(e) => set({ language: e.target.value })} {...described(refusal, 'language')}>
              <option value="">{t('users.defaultLanguage')}</option>
              {choices.languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageNames[l] ?? l}
                </option>
              ))}
            </select>
            {errorOf(refusal, 'language')}
          </div>
        </div>
        <fieldset {...described(refusal, 'roles')}>
          <legend>{t('users.roles')}</legend>
          <div className="users-roles">
            {choices.roles.map((role) => (
              <label key={role.id}>
                <input type="checkbox" value={role.id} checked={form.roles.includes(role.id)} onChange={(e) => set({ roles: e.target.checked ? [...form.roles, role.id] : form.roles.filter((r) => r !== role.id) })} /> {role.label} <span className="note">({role.id})</span>
              </label>
            ))}
          </div>
          {errorOf(refusal, 'roles')}
        </fieldset>
        {refusal ? (
          <p className="banner error" role="alert" data-testid="edit-refusal">
            {t(refusal.banner.key, refusal.banner.params)}
            {refusal.fields.active ? ` ${t(refusal.fields.active.key)}` : ''}
          </p>
        ) : null}
        {note ? (
          <p className="banner ok" role="status">
            {note}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('users.save')}
        </button>
      </form>

      <form className="user-editor-section" onSubmit={resetPassword} noValidate aria-labelledby={`${idp}-password-heading`}>
        <h4 id={`${idp}-password-heading`}>{t('users.newPassword')}</h4>
        <div className="field">
          <label htmlFor={`${idp}-password`}>{t('users.newPassword')}</label>
          <input
            id={`${idp}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={passwordRefusal?.fields.password ? `${idp}-password-error` : `${idp}-password-hint`}
            aria-invalid={passwordRefusal?.fields.password ? true : undefined}
          />
          <span className="hint" id={`${idp}-password-hint`}>
            {t('users.resetHint')}
          </span>
          {errorOf(passwordRefusal, 'password')}
        </div>
        {passwordRefusal && !passwordRefusal.fields.password ? (
          <p className="banner error" role="alert">
            {t(passwordRefusal.banner.key, passwordRefusal.banner.params)}
          </p>
        ) : null}
        <button type="submit" disabled={busy || !password}>
          {t('users.setPassword')}
        </button>
      </form>

      <div className="user-editor-section" role="group" aria-labelledby={`${idp}-access-heading`}>
        <h4 id={`${idp}-access-heading`}>{t('users.access')}</h4>
        {self ? <p className="note">{t('users.selfNote')}</p> : null}
        <button type="button" className={user.active ? 'danger' : ''} disabled={busy || (self && user.active)} onClick={() => setConfirming(true)} data-testid="toggle-active">
          {user.active ? t('users.deactivate') : t('users.reactivate')}
        </button>
      </div>

      <dialog ref={dialog} aria-labelledby={`${idp}-confirm-text`} onClose={() => setConfirming(false)} className="user-confirm">
        <p id={`${idp}-confirm-text`}>{t(user.active ? 'users.confirmDeactivate' : 'users.confirmReactivate', { username: user.username })}</p>
        <div className="user-confirm-actions">
          <button type="button" className={user.active ? 'danger' : 'primary'} onClick={toggleActive} data-testid="confirm-active">
            {user.active ? t('users.yesDeactivate') : t('users.yesReactivate')}
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            {t('users.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
