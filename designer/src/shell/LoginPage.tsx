// Sign-in to the designer (the same account and session cookie as the caseworker app).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError, type User } from './api';
import { languageNames, switchLanguage, uiLanguages } from '../setupI18n';

export function LoginPage({ onSignedIn, notice }: { onSignedIn: (user: User, csrfToken: string) => void; notice?: string }) {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await api<{ user: User; csrfToken: string }>('POST', '/api/auth/login', { username: username.trim(), password });
      onSignedIn(result.user, result.csrfToken);
    } catch (e) {
      const code = e instanceof ApiError ? e.problem.code : undefined;
      if (e instanceof NetworkError) setError(t('shell.errors.network'));
      else if (code === 'invalidCredentials') setError(t('shell.login.failed'));
      else if (code === 'locked') setError(t('shell.login.locked'));
      else if (code === 'tooManyRequests') setError(t('shell.login.tooMany'));
      else if (e instanceof ApiError && e.status === 400) setError(t('shell.login.missing'));
      else setError(t('shell.errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <h1>{t('shell.title')}</h1>
        <p className="note">{t('shell.login.intro')}</p>
        {notice ? (
          <p className="banner warning" role="status">
            {notice}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="username">{t('shell.login.username')}</label>
            <input id="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="password">{t('shell.login.password')}</label>
            <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('shell.login.signingIn') : t('shell.login.submit')}
          </button>
        </form>
        <div className="field" style={{ marginTop: '1.25rem' }}>
          <label htmlFor="login-language">{t('shell.language')}</label>
          <select id="login-language" value={i18n.language} onChange={(e) => void switchLanguage(e.target.value)}>
            {uiLanguages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </main>
  );
}
