// The designer app: restores the session, signs in, lists the states the admin may administer, routes screens.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, isNationalAdmin, onUnauthenticated, setCsrfToken, type User } from './api';
import { LoginPage } from './LoginPage';
import { Header } from './Header';
import { StatePicker } from './StatePicker';
import { Workspace } from './Workspace';
import { navigate, usePath } from './router';
import { NewStateWizard } from '../wizard/NewStateWizard';

type Session = { state: 'starting' } | { state: 'signedOut'; notice?: string } | { state: 'signedIn'; user: User };

export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session>({ state: 'starting' });
  const [fatal, setFatal] = useState<string | undefined>();
  const path = usePath();

  const enter = useCallback((user: User, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setSession({ state: 'signedIn', user });
  }, []);

  useEffect(() => {
    api<{ user: User; csrfToken: string }>('GET', '/api/me')
      .then((me) => enter(me.user, me.csrfToken))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setSession({ state: 'signedOut' });
        else setFatal(String(error));
      });
    return onUnauthenticated(() => setSession({ state: 'signedOut', notice: 'expired' }));
  }, [enter]);

  useEffect(() => {
    const title = t('shell.title');
    document.title = title;
  }, [t]);

  if (fatal) {
    return (
      <main id="main" className="login-page">
        <p className="banner error" role="alert">
          {t('shell.serverUnreachable')}
        </p>
      </main>
    );
  }
  if (session.state === 'starting') {
    return (
      <main id="main" className="login-page" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> <span>{t('shell.loading')}</span>
      </main>
    );
  }
  if (session.state === 'signedOut') return <LoginPage onSignedIn={enter} notice={session.notice ? t('shell.sessionExpired') : undefined} />;

  const { user } = session;
  const signOut = async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    setSession({ state: 'signedOut' });
    navigate('/', true);
  };
  const segments = path.split('/').filter(Boolean);
  let screen;
  if (segments[0] === 'new' && isNationalAdmin(user)) screen = <NewStateWizard />;
  else if (segments[0] && /^[A-Z]{2,3}$/.test(segments[0])) screen = <Workspace key={segments[0]} user={user} code={segments[0]} tab={segments[1]} />;
  else screen = <StatePicker user={user} />;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <Header user={user} onSignOut={signOut} />
      {screen}
    </>
  );
}
