// A record: header, stage timeline, the forms of the current stage (and earlier ones to read), actions, history.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { AvailableEvent, HistoryEntry, RecordView } from '../api/types';
import { AppContext, useApp, useRecordApp } from '../app/AppContext';
import { Link } from '../app/router';
import { RecordHeader } from './RecordHeader';
import { StageTimeline } from './StageTimeline';
import { HistoryList } from './HistoryList';
import { ActionsBar } from './ActionsBar';
import { FormEditor } from './FormEditor';
import { formTabs } from './formAccess';
import { recordSubject } from './clientAbility';
import { MatchCandidates } from '../matching/MatchCandidates'; // matching

type Load = { state: 'loading' } | { state: 'notFound' } | { state: 'error'; text: string } | { state: 'ready'; view: RecordView };

export function RecordPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const app = useApp();
  const { lang } = app;
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [history, setHistory] = useState<HistoryEntry[] | undefined>();
  const [tab, setTab] = useState<string | undefined>();
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());

  const refreshHistory = useCallback(() => {
    api<{ history: HistoryEntry[] }>('GET', `/api/records/${id}/history`)
      .then((h) => setHistory(h.history))
      .catch(() => undefined);
  }, [id]);

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    api<RecordView>('GET', `/api/records/${id}`)
      .then((view) => live && setLoad({ state: 'ready', view }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setLoad({ state: 'notFound' });
        else setLoad({ state: 'error', text: error instanceof ApiError ? (error.problem.detail ?? t('common.error')) : t('errors.network') });
      });
    refreshHistory();
    return () => {
      live = false;
    };
    // The server translates stage and event labels: a language change reloads the record.
  }, [id, lang, refreshHistory, t]);

  const view = load.state === 'ready' ? load.view : undefined;
  // A record keeps the configuration version it was created under: render it with that version's forms and texts.
  const recordApp = useRecordApp(view?.record.configVersion);
  const { config, ability, ct } = recordApp ?? app;
  const tabs = useMemo(() => (view ? formTabs(config, ability, view.record, ct) : []), [view, config, ability, ct]);
  const current = tabs.find((x) => x.formId === tab) ?? tabs.find((x) => x.writable) ?? tabs[0];
  const showHistory = tab === 'history';

  const onSaved = useCallback(
    (next: RecordView) => {
      setLoad({ state: 'ready', view: next });
      refreshHistory();
    },
    [refreshHistory],
  );
  const onDirtyChange = useCallback((formId: string, dirty: boolean) => {
    setDirtyForms((set) => {
      if (set.has(formId) === dirty) return set;
      const next = new Set(set);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  const onEvent = useCallback(
    (next: RecordView, _event: AvailableEvent) => {
      setLoad({ state: 'ready', view: next });
      setTab(undefined);
      refreshHistory();
    },
    [refreshHistory],
  );

  if (load.state === 'loading' || (load.state === 'ready' && !recordApp)) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (load.state === 'notFound' || load.state === 'error') {
    return (
      <div className="not-found" role="alert">
        <h1>{load.state === 'notFound' ? t('record.notFoundTitle') : t('common.error')}</h1>
        <p>{load.state === 'notFound' ? t('record.notFound') : load.text}</p>
        <Link to="/records">{t('record.back')}</Link>
      </div>
    );
  }
  const { record } = load.view;
  const withRecordApp = (page: ReactNode) => <AppContext.Provider value={recordApp ?? app}>{page}</AppContext.Provider>;
  return withRecordApp(
    <article className="record-page" aria-labelledby="record-title">
      <RecordHeader record={record} />
      <StageTimeline record={record} history={history} />
      <ActionsBar view={load.view} hasUnsaved={dirtyForms.size > 0} onDone={onEvent} />
      <MatchCandidates recordId={record.id} canDecide={ability.can('fire', recordSubject(record))} onDecided={() => void api<RecordView>('GET', `/api/records/${id}`).then((next) => onSaved(next))} />
      <div className="tabs" role="tablist" aria-label={t('record.forms')}>
        {tabs.map((x) => (
          <button key={x.formId} type="button" role="tab" id={`tab-${x.formId}`} aria-selected={!showHistory && current?.formId === x.formId} aria-controls="record-panel" className={x.writable ? 'tab writable' : 'tab'} onClick={() => setTab(x.formId)}>
            {x.title}
            {x.status === 'complete' ? <span aria-label={t('record.formStatus.complete')}> ✓</span> : null}
            {dirtyForms.has(x.formId) ? <span aria-label={t('form.unsaved')}> •</span> : null}
          </button>
        ))}
        <button type="button" role="tab" id="tab-history" aria-selected={showHistory} aria-controls="record-panel" className="tab" onClick={() => setTab('history')}>
          {t('record.history')}
        </button>
      </div>
      <div id="record-panel" role="tabpanel" aria-labelledby={showHistory ? 'tab-history' : `tab-${current?.formId}`}>
        {showHistory ? (
          history ? <HistoryList history={history} recordType={record.recordType} /> : <p className="loading">{t('common.loading')}</p>
        ) : current ? (
          <FormEditor key={`${record.id}-${current.formId}-${current.writable}`} view={load.view} tab={current} onSaved={onSaved} onDirtyChange={onDirtyChange} />
        ) : (
          <p className="note">{t('record.noForms')}</p>
        )}
      </div>
    </article>,
  );
}
