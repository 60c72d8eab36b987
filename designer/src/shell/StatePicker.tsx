// The states this admin may administer, with their published version and draft; national admins may add a state.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, isNationalAdmin, stateName, type AdminState, type User } from './api';
import { basePath, navigate } from './router';

export function StatePicker({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [states, setStates] = useState<AdminState[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    api<AdminState[]>('GET', '/api/admin/states')
      .then((list) => {
        setStates(list);
        // A state admin has one state: go straight to it.
        if (list.length === 1 && !isNationalAdmin(user)) navigate(`/${list[0]!.code}/forms`, true);
      })
      .catch((e: unknown) => setError(e instanceof ApiError && e.status === 403 ? t('shell.states.forbidden') : t('shell.errors.generic')));
  }, [t, user]);

  return (
    <main id="main" tabIndex={-1}>
      <div className="toolbar">
        <h1>{t('shell.states.title')}</h1>
        <span className="spacer" />
        {isNationalAdmin(user) ? (
          <button type="button" className="primary" onClick={() => navigate('/new')}>
            {t('shell.states.new')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="banner error" role="alert">
          {error}
        </p>
      ) : null}
      {!states && !error ? <span className="spinner" aria-label={t('shell.loading')} /> : null}
      <ul className="state-list">
        {(states ?? []).map((s) => (
          <li key={s.code}>
            <a
              href={`${basePath}/${s.code}/forms`}
              data-state={s.code}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/${s.code}/forms`);
              }}
            >
              <div className="card">
                <h2>
                  {stateName(s, i18n.language)} <span className="badge">{s.code}</span>
                </h2>
                <p className="note">{t('shell.states.published', { version: s.publishedVersion })}</p>
                <p className="note">{s.draft ? t('shell.states.draft', { revision: s.draft.revision, by: s.draft.updatedBy }) : t('shell.states.noDraft')}</p>
              </div>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
