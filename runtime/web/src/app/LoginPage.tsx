// Sign-in, in the language chosen on this device (the user's own choice takes over once signed in).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError } from '../api/client';
import type { User } from '../api/types';
import { appLanguages, languageNames } from '../i18n/setupI18n';

export function LoginPage({ onSignedIn, onLanguage, notice }: { onSignedIn: (user: User, csrfToken: string) => void; onLanguage: (lang: string) => void; notice?: string }) {
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
      if (e instanceof NetworkError) setError(t('errors.network'));
      else if (code === 'invalidCredentials') setError(t('login.failed'));
      else if (code === 'locked') setError(t('login.locked'));
      else if (code === 'tooManyRequests') setError(t('login.tooMany'));
      else if (e instanceof ApiError && e.status === 400) setError(t('login.missing'));
      else setError(t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <p className="brand" aria-hidden="true">
          {t('app.name')}
        </p>
        <h1>{t('login.title')}</h1>
        <p className="note">{t('app.tagline')}</p>
        {notice ? (
          <p className="status-line warning" role="status">
            {notice}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="username">{t('login.username')}</label>
            <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="password">{t('login.password')}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary wide" disabled={busy}>
            {busy ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
        <div className="field login-language">
          <label htmlFor="login-language">{t('nav.language')}</label>
          <select id="login-language" value={i18n.language} onChange={(e) => onLanguage(e.target.value)}>
            {appLanguages.map((l) => (
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
