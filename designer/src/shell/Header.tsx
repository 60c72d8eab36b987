// The bar above every signed-in screen: the designer's name, the user, the interface language, sign-out.
import { useTranslation } from 'react-i18next';
import { languageNames, switchLanguage, uiLanguages } from '../setupI18n';
import type { User } from './api';
import { basePath, navigate } from './router';

export function Header({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="app-header">
      <a
        className="brand"
        href={`${basePath}/`}
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        {t('shell.title')}
      </a>
      <a href="/">{t('shell.caseworkerApp')}</a>
      <div className="user">
        <span title={user.username}>{user.name}</span>
        <label htmlFor="ui-language" className="visually-hidden">
          {t('shell.language')}
        </label>
        <select id="ui-language" value={i18n.language} onChange={(e) => void switchLanguage(e.target.value)}>
          {uiLanguages.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
        <button type="button" className="small" onClick={onSignOut}>
          {t('shell.signOut')}
        </button>
      </div>
    </header>
  );
}
