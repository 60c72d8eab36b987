// One user's edit panel: name, roles, district and office, language; a new password; deactivate or reactivate (confirmed).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shell/api';
import { FieldError, UserFields } from './UserFields';
import { changesOf, placementOf, refusalOf, type ListedUser, type Placement, type Refusal, type StateChoices } from './usersModel';

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
        <UserFields idp={idp} form={form} set={set} refusal={refusal} choices={choices} officeHint />
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
          <FieldError idp={idp} refusal={passwordRefusal} field="password" />
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
