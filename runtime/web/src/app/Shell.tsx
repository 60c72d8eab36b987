// The frame of every signed-in screen: skip link, state and user, navigation, language picker, sign-out.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../i18n/setupI18n';
import { useApp } from './AppContext';
import { Link, useLocation } from './router';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, config, lang, changeLanguage, signOut, ct, ability } = useApp();
  const { path } = useLocation();
  const canCreate = config.recordTypes.some((r) => r.canCreate);
  const nav = [
    { to: '/', label: t('nav.myWork'), active: path === '/' },
    { to: '/records', label: t('nav.records'), active: path === '/records' },
    ...(canCreate ? [{ to: '/records/new', label: t('nav.newRecord'), active: path === '/records/new' }] : []),
    ...(ability.can('read', 'report') ? [{ to: '/dashboard', label: t('nav.dashboard'), active: path === '/dashboard' }] : []), // dashboard
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="brand-row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <span className="state-name">{config.state.name}</span>
        </div>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            {ability.can('manage', 'configuration') ? (
              <li>
                <a href="/designer/">{t('nav.designer')}</a>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="user-row">
          <span className="user-name" title={user.username}>
            {user.name} · {user.roles.map((r) => ct(`role.${r}`)).join(', ')}
          </span>
          <label htmlFor="language" className="visually-hidden">
            {t('nav.language')}
          </label>
          <select id="language" value={lang} onChange={(e) => void changeLanguage(e.target.value)} aria-label={t('nav.language')}>
            {config.languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l] ?? l}
              </option>
            ))}
          </select>
          <button type="button" className="secondary small" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
