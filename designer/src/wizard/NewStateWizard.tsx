// The new-state wizard (national admins): code, names, languages, districts, template, first admin; creates and opens it.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, stateName, type AdminState } from '../shell/api';
import { IssueMessage, problemText } from '../issues/issueText';
import { navigate } from '../shell/router';
import { languageNames } from '../setupI18n';
import { districtLines, slugOf, wizardLanguages } from './wizardModel';

interface WizardIssue {
  pointer?: string;
  message: string;
  file?: string;
  key?: string;
  params?: Record<string, string | number>;
}

export function NewStateWizard() {
  const { t, i18n } = useTranslation();
  const [states, setStates] = useState<AdminState[]>([]);
  const [code, setCode] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [languages, setLanguages] = useState<string[]>(['hi', 'en']);
  const [names, setNames] = useState<Record<string, string>>({});
  const [districts, setDistricts] = useState('');
  const [template, setTemplate] = useState('blank');
  const [adminUser, setAdminUser] = useState({ username: '', name: '', password: '' });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<WizardIssue[]>([]);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    api<AdminState[]>('GET', '/api/admin/states')
      .then(setStates)
      .catch(() => undefined);
  }, []);

  const lines = districtLines(districts);
  const toggleLanguage = (lang: string, on: boolean) => setLanguages((list) => (on ? [...list, lang] : list.filter((l) => l !== lang)));
  const moveFirst = (lang: string) => setLanguages((list) => [lang, ...list.filter((l) => l !== lang)]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssues([]);
    setError(undefined);
    const local: WizardIssue[] = [];
    if (!/^[A-Z]{2,3}$/.test(code)) local.push({ pointer: '/code', message: t('wizard.errors.code') });
    if (!/^[a-z][a-z0-9-]*$/.test(slug)) local.push({ pointer: '/slug', message: t('wizard.errors.slug') });
    if (languages.length === 0) local.push({ pointer: '/languages', message: t('wizard.errors.languages') });
    languages.forEach((l) => names[l]?.trim() || local.push({ pointer: `/name/${l}`, message: t('wizard.errors.name', { language: languageNames[l] ?? l }) }));
    if (lines.length === 0) local.push({ pointer: '/districts', message: t('wizard.errors.districts') });
    if (adminUser.username && (!adminUser.name || !adminUser.password)) local.push({ pointer: '/admin', message: t('wizard.errors.admin') });
    if (local.length) {
      setIssues(local);
      return;
    }
    setBusy(true);
    try {
      const body = {
        code,
        slug,
        name: Object.fromEntries(languages.map((l) => [l, names[l]!.trim()])),
        languages,
        districts,
        template: template === 'blank' ? { from: 'blank' } : { from: 'state', state: template },
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(adminUser.username ? { admin: { username: adminUser.username.trim(), name: adminUser.name.trim(), password: adminUser.password } } : {}),
      };
      const created = await api<{ code: string; version: number }>('POST', '/api/admin/states', body);
      navigate(`/${created.code}/forms`);
    } catch (e) {
      if (e instanceof ApiError && e.problem.issues?.length) setIssues(e.problem.issues as WizardIssue[]);
      setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('wizard.title')}</h1>
      <form onSubmit={submit} noValidate aria-busy={busy} style={{ maxWidth: '60rem' }}>
        <fieldset className="card">
          <legend>{t('wizard.identity')}</legend>
          <div style={{ display: 'grid', gridTemplateColumns: '10rem 1fr', gap: '0 1rem' }}>
            <div className="field">
              <label htmlFor="wizard-code">{t('wizard.code')}</label>
              <input id="wizard-code" value={code} maxLength={3} autoCapitalize="characters" onChange={(e) => setCode(e.target.value.toUpperCase())} aria-describedby="wizard-code-hint" />
              <span id="wizard-code-hint" className="hint">
                {t('wizard.codeHint')}
              </span>
            </div>
            <div className="field">
              <label htmlFor="wizard-slug">{t('wizard.slug')}</label>
              <input id="wizard-slug" value={slug} onChange={(e) => (setSlug(e.target.value), setSlugTouched(true))} aria-describedby="wizard-slug-hint" />
              <span id="wizard-slug-hint" className="hint">
                {t('wizard.slugHint')}
              </span>
            </div>
          </div>
        </fieldset>
        <fieldset className="card">
          <legend>{t('wizard.languages')}</legend>
          <p className="note">{t('wizard.languagesHint')}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.25rem' }}>
            {wizardLanguages.map((l) => (
              <label key={l} style={{ fontWeight: 400 }}>
                <input type="checkbox" name="language" value={l} checked={languages.includes(l)} onChange={(e) => toggleLanguage(l, e.target.checked)} /> <span lang={l}>{languageNames[l] ?? l}</span> ({l})
              </label>
            ))}
          </div>
          {languages.map((l, i) => (
            <div className="field" key={l} style={{ marginTop: '0.75rem' }}>
              <label htmlFor={`wizard-name-${l}`}>{t('wizard.nameIn', { language: languageNames[l] ?? l })}</label>
              <div className="toolbar" style={{ margin: 0 }}>
                <input
                  id={`wizard-name-${l}`}
                  lang={l}
                  value={names[l] ?? ''}
                  onChange={(e) => {
                    const value = e.target.value;
                    setNames((n) => ({ ...n, [l]: value }));
                    if (l === 'en' && !slugTouched) setSlug(slugOf(value));
                  }}
                  style={{ flex: 1 }}
                />
                {i === 0 ? (
                  <span className="badge ok">{t('wizard.default')}</span>
                ) : (
                  <button type="button" className="small" onClick={() => moveFirst(l)}>
                    {t('wizard.makeDefault')}
                  </button>
                )}
              </div>
            </div>
          ))}
        </fieldset>
        <fieldset className="card">
          <legend>{t('wizard.districts')}</legend>
          <div className="field">
            <label htmlFor="wizard-districts">{t('wizard.districtsLabel')}</label>
            <textarea id="wizard-districts" rows={8} value={districts} onChange={(e) => setDistricts(e.target.value)} aria-describedby="wizard-districts-hint" />
            <span id="wizard-districts-hint" className="hint">
              {t('wizard.districtsHint')} {t('wizard.districtCount', { count: lines.length })}
            </span>
          </div>
        </fieldset>
        <fieldset className="card">
          <legend>{t('wizard.template')}</legend>
          <label style={{ fontWeight: 400, display: 'block' }}>
            <input type="radio" name="template" value="blank" checked={template === 'blank'} onChange={() => setTemplate('blank')} /> {t('wizard.blank')}
          </label>
          {states.map((s) => (
            <label key={s.code} style={{ fontWeight: 400, display: 'block' }}>
              <input type="radio" name="template" value={s.code} checked={template === s.code} onChange={() => setTemplate(s.code)} /> {t('wizard.copyOf', { state: stateName(s, i18n.language), code: s.code })}
            </label>
          ))}
        </fieldset>
        <fieldset className="card">
          <legend>{t('wizard.admin')}</legend>
          <p className="note">{t('wizard.adminHint')}</p>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '0 1rem' }}>
            <div className="field">
              <label htmlFor="wizard-admin-username">{t('users.username')}</label>
              <input id="wizard-admin-username" autoCapitalize="none" value={adminUser.username} onChange={(e) => setAdminUser((a) => ({ ...a, username: e.target.value }))} />
            </div>
            <div className="field">
              <label htmlFor="wizard-admin-name">{t('users.name')}</label>
              <input id="wizard-admin-name" value={adminUser.name} onChange={(e) => setAdminUser((a) => ({ ...a, name: e.target.value }))} />
            </div>
            <div className="field">
              <label htmlFor="wizard-admin-password">{t('users.password')}</label>
              <input id="wizard-admin-password" type="password" autoComplete="new-password" value={adminUser.password} onChange={(e) => setAdminUser((a) => ({ ...a, password: e.target.value }))} />
            </div>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="wizard-note">{t('versions.note')}</label>
          <input id="wizard-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {issues.length || error ? (
          <div className="banner error" role="alert" data-testid="wizard-issues">
            <div>
              {error ? <p>{error}</p> : null}
              <ul>
                {issues.map((issue, i) => (
                  <li key={i}>
                    {issue.file ? <code>{issue.file} </code> : null}
                    {issue.pointer ? <code>{issue.pointer} </code> : null}
                    <IssueMessage issue={issue} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy}>
            {t('wizard.create')}
          </button>
          {busy ? (
            <span role="status">
              <span className="spinner" aria-hidden="true" /> {t('wizard.creating')}
            </span>
          ) : null}
          <button type="button" onClick={() => navigate('/')}>
            {t('versions.cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
