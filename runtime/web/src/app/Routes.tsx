// Which screen a path shows.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from './AppContext';
import { Link, useLocation } from './router';
import { MyWorkPage } from '../work/MyWorkPage';
import { RecordListPage } from '../records/RecordListPage';
import { RecordPage } from '../records/RecordPage';
import { CreateRecordPage } from '../records/CreateRecordPage';
import { DashboardPage } from '../dashboard/DashboardPage'; // dashboard

const recordPath = /^\/records\/([0-9a-f-]{36})$/;

export function Routes() {
  const { t } = useTranslation();
  const { config } = useApp();
  const { path } = useLocation();
  const title = path === '/' ? t('work.title') : path === '/records' ? t('list.title') : path === '/records/new' ? t('create.title') : path === '/dashboard' ? t('dashboard.title') : t('record.title');
  useEffect(() => {
    document.title = `${title} · ${t('app.name')} · ${config.state.name}`;
  }, [title, t, config.state.name]);
  if (path === '/') return <MyWorkPage />;
  if (path === '/records') return <RecordListPage />;
  if (path === '/records/new') return <CreateRecordPage />;
  if (path === '/dashboard') return <DashboardPage />; // dashboard
  const match = recordPath.exec(path);
  if (match) return <RecordPage key={match[1]} id={match[1]!} />;
  return (
    <div className="not-found">
      <h1>{t('errors.pageNotFound')}</h1>
      <Link to="/">{t('nav.myWork')}</Link>
    </div>
  );
}
