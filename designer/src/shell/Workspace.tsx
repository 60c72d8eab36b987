// One state's workspace: the draft store, tabs for each editor, save status, undo/redo, the issues panel.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '@suraksha/engine';
import { api, download, isNationalAdmin, type User } from './api';
import { navigate } from './router';
import { IssuesPanel } from './IssuesPanel';
import { manifestPath, tabOfFile, tabs, type Tab } from './tabs';
import { useDraft } from '../draft/useDraft';
import type { Catalog, EditorProps, Focus } from '../draft/types';
import { RolesEditor } from '../roles/RolesEditor';
import { TranslationsEditor } from '../translations/TranslationsEditor';
import { VersionsPage } from '../versions/VersionsPage';
import { UsersPage } from '../users/UsersPage';

// The two big editors (JSON Forms preview, the graph) load when their tab is first opened.
const FormDesigner = lazy(() => import('../forms/FormDesigner').then((m) => ({ default: m.FormDesigner })));
const WorkflowDesigner = lazy(() => import('../workflow/WorkflowDesigner').then((m) => ({ default: m.WorkflowDesigner })));

const emptyCatalog: Catalog = { guards: [], actions: [], plugins: [], officeTypes: [], recordActions: [], subjects: [], conditionFields: [] };

export function Workspace({ user, code, tab: tabParam }: { user: User; code: string; tab?: string }) {
  const { t, i18n } = useTranslation();
  const draft = useDraft(code);
  const [catalog, setCatalog] = useState<Catalog>(emptyCatalog);
  const [focus, setFocus] = useState<Focus | undefined>();
  const [announce, setAnnounce] = useState('');
  const tab: Tab = (tabs as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'forms';
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    api<Catalog>('GET', `/api/admin/catalog?state=${encodeURIComponent(code)}`)
      .then(setCatalog)
      .catch(() => undefined);
  }, [code]);

  const { undo, redo } = draft;
  const doUndo = useCallback(() => {
    const label = undo();
    if (label) setAnnounce(t('shell.undone', { label }));
  }, [undo, t]);
  const doRedo = useCallback(() => {
    const label = redo();
    if (label) setAnnounce(t('shell.redone', { label }));
  }, [redo, t]);

  // Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, anywhere in the workspace.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        doUndo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        doRedo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doUndo, doRedo]);

  const manifest = draft.files[manifestPath(draft.slug)] as { languages?: string[]; name?: string } | undefined;
  const languages = useMemo(() => manifest?.languages ?? [], [manifest]);
  const stateLabel = useMemo(() => {
    const key = manifest?.name;
    const lang = languages.includes(i18n.language) ? i18n.language : languages[0];
    const messages = (draft.files[`form-definitions/${draft.slug}/i18n/${lang}.json`] as { messages?: Record<string, string> } | undefined)?.messages;
    return (key && messages?.[key]) || code;
  }, [manifest, languages, draft.files, draft.slug, i18n.language, code]);

  const openIssue = (issue: Issue) => {
    const target = tabOfFile(issue.file, draft.slug);
    setFocus({ file: issue.file, pointer: issue.pointer });
    navigate(`/${code}/${target}`);
  };

  const selectTab = (next: Tab) => {
    setFocus(undefined);
    navigate(`/${code}/${next}`);
  };
  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    selectTab(next);
    tabRefs.current[next]?.focus();
  };

  if (draft.loading && !draft.slug) {
    return (
      <main id="main" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> {t('shell.loading')}
      </main>
    );
  }
  if (draft.loadError) {
    return (
      <main id="main">
        <p className="banner error" role="alert">
          {t('shell.draft.loadFailed')} {draft.loadError}
        </p>
        <button type="button" onClick={() => navigate('/')}>
          {t('shell.states.back')}
        </button>
      </main>
    );
  }

  const props: EditorProps = {
    code,
    slug: draft.slug,
    languages,
    files: draft.files,
    update: draft.update,
    issues: draft.issues,
    ...(focus && tabOfFile(focus.file, draft.slug) === tab ? { focus } : {}),
    catalog,
    uiLanguage: i18n.language,
  };
  const lastLabel = draft.history.past.at(-1)?.label;
  const nextLabel = draft.history.future.at(-1)?.label;

  return (
    <>
      <div className="workspace-bar">
        <h1>
          {stateLabel} <span className="badge">{code}</span>
        </h1>
        <span className="note">{t('shell.draft.base', { version: draft.baseVersion })}</span>
        <span className="save-status" data-save={draft.save} role="status">
          {draft.save === 'saving' ? <span className="spinner" aria-hidden="true" /> : null} {t(`shell.save.${draft.save}`)}
        </span>
        <span style={{ flex: 1 }} />
        <button type="button" className="small" onClick={doUndo} disabled={!lastLabel} title={lastLabel ? t('shell.undoLabel', { label: lastLabel }) : undefined} aria-keyshortcuts="Control+Z">
          {t('shell.undo')}
        </button>
        <button type="button" className="small" onClick={doRedo} disabled={!nextLabel} title={nextLabel ? t('shell.redoLabel', { label: nextLabel }) : undefined} aria-keyshortcuts="Control+Shift+Z">
          {t('shell.redo')}
        </button>
        <button type="button" className="small" onClick={() => download(`${draft.slug}-draft.json`, JSON.stringify({ format: 'suraksha-config', formatVersion: 1, code, slug: draft.slug, files: draft.files }, null, 2))}>
          {t('shell.draft.downloadCopy')}
        </button>
        {isNationalAdmin(user) ? (
          <button type="button" className="small" onClick={() => navigate('/')}>
            {t('shell.states.back')}
          </button>
        ) : null}
        <span className="visually-hidden" role="status" aria-live="polite">
          {announce}
        </span>
      </div>
      {draft.save === 'conflict' ? (
        <div className="banner error" role="alert" data-banner="conflict">
          <span>{t('shell.draft.conflict')}</span>
          <button type="button" className="small" onClick={() => void draft.reload()}>
            {t('shell.draft.reloadTheirs')}
          </button>
          <button type="button" className="small danger" onClick={() => void draft.overwrite().catch(() => undefined)}>
            {t('shell.draft.keepMine')}
          </button>
        </div>
      ) : null}
      {draft.save === 'offline' ? (
        <div className="banner warning" role="status">
          {t('shell.draft.offline')}
        </div>
      ) : null}
      {draft.save === 'failed' ? (
        <div className="banner error" role="alert">
          {t('shell.draft.failed')} {draft.saveError}
        </div>
      ) : null}
      {draft.localCopy ? (
        <div className="banner warning" role="status" data-banner="local-copy">
          <span>{t('shell.draft.localCopy', { when: new Date(draft.localCopy.savedAt).toLocaleString(i18n.language) })}</span>
          <button type="button" className="small" onClick={() => draft.restoreLocalCopy(t('shell.draft.restoreLabel'))}>
            {t('shell.draft.restore')}
          </button>
          <button type="button" className="small" onClick={() => download(`${draft.slug}-local-copy.json`, JSON.stringify(draft.localCopy, null, 2))}>
            {t('shell.draft.downloadCopy')}
          </button>
          <button type="button" className="small danger" onClick={draft.discardLocalCopy}>
            {t('shell.draft.discard')}
          </button>
        </div>
      ) : null}
      <div className="tabs" role="tablist" aria-label={t('shell.tabs.label')}>
        {tabs.map((name, index) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls="tab-panel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => selectTab(name)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {t(`shell.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="workspace">
        <main id="main" tabIndex={-1} className="panel">
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <Suspense
              fallback={
                <p aria-busy="true">
                  <span className="spinner" aria-hidden="true" /> {t('shell.loading')}
                </p>
              }
            >
              {tab === 'forms' ? <FormDesigner {...props} /> : null}
              {tab === 'workflows' ? <WorkflowDesigner {...props} /> : null}
            </Suspense>
            {tab === 'roles' ? <RolesEditor {...props} /> : null}
            {tab === 'translations' ? <TranslationsEditor {...props} /> : null}
            {tab === 'publish' ? <VersionsPage code={code} slug={draft.slug} draft={draft} onOpenIssue={openIssue} /> : null}
            {tab === 'users' ? <UsersPage code={code} slug={draft.slug} files={draft.files} languages={languages} user={user} /> : null}
          </div>
        </main>
        <IssuesPanel issues={draft.issues} validating={draft.validating} onOpen={openIssue} />
      </div>
    </>
  );
}
