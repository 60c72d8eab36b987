// The app: restores the session, signs in, loads the state's configuration in the user's language, routes screens.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, onUnauthenticated, setCsrfToken } from '../api/client';
import type { ClientConfig, User } from '../api/types';
import { switchLanguage } from '../i18n/setupI18n';
import { clearAllDrafts, pendingDrafts, setDraftOwner } from '../drafts/draftStore';
import { createClientAbility } from '../records/clientAbility';
import { AppContext, createConfigTranslator, type AppState } from './AppContext';
import { LoginPage } from './LoginPage';
import { Shell } from './Shell';
import { Routes } from './Routes';
import { ErrorBoundary } from './ErrorBoundary';

type Session = { state: 'starting' } | { state: 'signedOut'; notice?: string } | { state: 'signedIn'; user: User; config: ClientConfig };

async function loadConfig(): Promise<ClientConfig> {
  const config = await api<ClientConfig>('GET', '/api/client-config');
  await switchLanguage(config.language);
  return config;
}

export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session>({ state: 'starting' });
  const [fatal, setFatal] = useState<string | undefined>();

  const enter = useCallback(async (user: User, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setDraftOwner(user.id);
    const config = await loadConfig();
    setSession({ state: 'signedIn', user, config });
  }, []);

  useEffect(() => {
    api<{ user: User; csrfToken: string }>('GET', '/api/me')
      .then((me) => enter(me.user, me.csrfToken))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setSession({ state: 'signedOut' });
        else setFatal(error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error));
      });
    return onUnauthenticated(() => setSession({ state: 'signedOut', notice: 'expired' }));
  }, [enter]);

  const value = useMemo<AppState | undefined>(() => {
    if (session.state !== 'signedIn') return undefined;
    const { user, config } = session;
    return {
      user,
      config,
      ability: createClientAbility(config.rules),
      lang: config.language,
      ct: createConfigTranslator(config.messages),
      changeLanguage: async (lang: string) => {
        const updated = await api<{ user: User }>('PATCH', '/api/me', { language: lang });
        const next = await loadConfig();
        setSession({ state: 'signedIn', user: updated.user, config: next });
      },
      signOut: async () => {
        if (pendingDrafts().length > 0 && !window.confirm(t('nav.signOutPending'))) return;
        await api('POST', '/api/auth/logout').catch(() => undefined);
        clearAllDrafts();
        setCsrfToken('');
        setSession({ state: 'signedOut' });
      },
    };
  }, [session, t]);

  if (fatal) {
    return (
      <main id="main" className="login-page">
        <p role="alert" className="status-line error">
          {t('errors.unavailable')} {fatal}
        </p>
      </main>
    );
  }
  if (session.state === 'starting') return <p className="loading">{t('common.loading')}</p>;
  if (session.state === 'signedOut' || !value) {
    return <LoginPage notice={session.state === 'signedOut' && session.notice ? t('errors.sessionExpired') : undefined} onLanguage={(l) => void switchLanguage(l)} onSignedIn={(user, csrf) => void enter(user, csrf).catch((e: unknown) => setFatal(String(e)))} />;
  }
  return (
    <AppContext.Provider value={value}>
      <Shell>
        <ErrorBoundary resetKey={location.pathname}>
          <Routes />
        </ErrorBoundary>
      </Shell>
    </AppContext.Provider>
  );
}
