// The fields of a user that both the create form and the edit panel hold (name, district, office, language, roles),
// each with its refusal message; ids start with a prefix so the two forms never share one.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../setupI18n';
import type { Placement, Refusal, StateChoices } from './usersModel';

/** The attributes that tie a field to its refusal message, when it has one. */
export function described(idp: string, refusal: Refusal | undefined, field: string) {
  return refusal?.fields[field] ? { 'aria-describedby': `${idp}-${field}-error`, 'aria-invalid': true } : {};
}

/** A field's refusal message, in the admin's language (nothing when the field was not refused). */
export function FieldError({ idp, refusal, field }: { idp: string; refusal: Refusal | undefined; field: string }) {
  const { t } = useTranslation();
  const text = refusal?.fields[field];
  return text ? (
    <span className="field-error" id={`${idp}-${field}-error`}>
      {t(text.key, text.params)}
    </span>
  ) : null;
}

interface Props {
  /** The start of every id: `user` in the create form, `edit-<user id>` in an edit panel. */
  idp: string;
  form: Placement;
  set: (patch: Partial<Placement>) => void;
  refusal: Refusal | undefined;
  choices: StateChoices;
  /** Fields shown before the name (the create form's username). */
  before?: ReactNode;
  /** Fields shown after the name (the create form's password). */
  afterName?: ReactNode;
  /** Whether the office picker explains itself (in the edit panel, where a new district empties it). */
  officeHint?: boolean;
}

export function UserFields({ idp, form, set, refusal, choices, before, afterName, officeHint = false }: Props) {
  const { t } = useTranslation();
  const offices = choices.offices.filter((o) => o.district === form.district);
  const officeRefused = Boolean(refusal?.fields.office);
  return (
    <>
      <div className="users-fields">
        {before}
        <div className="field">
          <label htmlFor={`${idp}-name`}>{t('users.name')}</label>
          <input id={`${idp}-name`} value={form.name} onChange={(e) => set({ name: e.target.value })} {...described(idp, refusal, 'name')} />
          <FieldError idp={idp} refusal={refusal} field="name" />
        </div>
        {afterName}
        <div className="field">
          <label htmlFor={`${idp}-district`}>{t('users.district')}</label>
          <select id={`${idp}-district`} value={form.district} onChange={(e) => set({ district: e.target.value, office: '' })} {...described(idp, refusal, 'district')}>
            <option value="">{t('users.none')}</option>
            {choices.districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.label}
              </option>
            ))}
          </select>
          <FieldError idp={idp} refusal={refusal} field="district" />
        </div>
        <div className="field">
          <label htmlFor={`${idp}-office`}>{t('users.office')}</label>
          <select id={`${idp}-office`} value={form.office} onChange={(e) => set({ office: e.target.value })} disabled={!form.district} aria-describedby={officeRefused ? `${idp}-office-error` : officeHint ? `${idp}-office-hint` : undefined} aria-invalid={officeRefused ? true : undefined}>
            <option value="">{t('users.none')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {officeHint ? (
            <span className="hint" id={`${idp}-office-hint`}>
              {t('users.officeHint')}
            </span>
          ) : null}
          <FieldError idp={idp} refusal={refusal} field="office" />
        </div>
        <div className="field">
          <label htmlFor={`${idp}-language`}>{t('users.language')}</label>
          <select id={`${idp}-language`} value={form.language} onChange={(e) => set({ language: e.target.value })} {...described(idp, refusal, 'language')}>
            <option value="">{t('users.defaultLanguage')}</option>
            {choices.languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l] ?? l}
              </option>
            ))}
          </select>
          <FieldError idp={idp} refusal={refusal} field="language" />
        </div>
      </div>
      <fieldset {...described(idp, refusal, 'roles')}>
        <legend>{t('users.roles')}</legend>
        <div className="users-roles">
          {choices.roles.map((role) => (
            <label key={role.id}>
              <input type="checkbox" value={role.id} checked={form.roles.includes(role.id)} onChange={(e) => set({ roles: e.target.checked ? [...form.roles, role.id] : form.roles.filter((r) => r !== role.id) })} /> {role.label} <span className="note">({role.id})</span>
            </label>
          ))}
        </div>
        <FieldError idp={idp} refusal={refusal} field="roles" />
      </fieldset>
    </>
  );
}
