// Publish and versions: the draft's changes, publish with a note, the versions list with diffs, rollback, export, import.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '@suraksha/engine';
import { api, ApiError } from '../shell/api';
import { problemText as describeProblem, requestIssues } from '../issues/issueText';
import type { Draft } from '../draft/useDraft';
import { DiffView, type Diff } from './DiffView';

interface VersionSummary {
  version: number;
  note: string;
  publishedBy: string;
  publishedAt: string;
  source: string;
  summary?: { added: number; removed: number; changed: number };
}

export function VersionsPage({ code, slug, draft, onOpenIssue }: { code: string; slug: string; draft: Draft; onOpenIssue: (issue: Issue) => void }) {
  const { t, i18n } = useTranslation();
  const [diff, setDiff] = useState<Diff | undefined>();
  const [diffError, setDiffError] = useState<string | undefined>();
  const [versions, setVersions] = useState<VersionSummary[] | undefined>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [openVersion, setOpenVersion] = useState<number | undefined>();
  const [versionDiff, setVersionDiff] = useState<Diff | undefined>();
  const [rollbackTo, setRollbackTo] = useState<number | undefined>();
  const [rollbackNote, setRollbackNote] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const { flush, save, revision, isDraft } = draft;

  const problemText = useCallback((error: unknown) => describeProblem(t, error), [t]);

  const loadVersions = useCallback(() => {
    api<VersionSummary[]>('GET', `/api/admin/states/${code}/versions`)
      .then(setVersions)
      .catch(() => setVersions([]));
  }, [code]);

  // The draft's changes against the published version, once the draft is saved.
  useEffect(() => {
    if (save !== 'saved') return;
    if (!isDraft) {
      setDiff({ from: 0, to: 0, files: [] });
      return;
    }
    api<Diff>('GET', `/api/admin/states/${code}/draft/diff`)
      .then((d) => (setDiff(d), setDiffError(undefined)))
      .catch((e: unknown) => setDiffError(problemText(e)));
  }, [code, save, revision, isDraft, problemText]);

  useEffect(loadVersions, [loadVersions]);

  const showVersion = async (version: number) => {
    if (openVersion === version) return setOpenVersion(undefined);
    setOpenVersion(version);
    setVersionDiff(undefined);
    setVersionDiff(await api<Diff>('GET', `/api/admin/states/${code}/versions/${version}/diff`).catch(() => ({ from: version, to: version, files: [] })));
  };

  const publish = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const saved = await flush();
      const result = await api<{ version: number }>('POST', `/api/admin/states/${code}/publish`, { revision: saved, note: note.trim() });
      setMessage({ kind: 'ok', text: t('versions.published', { version: result.version }) });
      setNote('');
      await draft.reload();
      loadVersions();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        draft.setIssues((error.problem.issues ?? []) as Issue[]);
        setMessage({ kind: 'error', text: t('versions.refused', { count: error.problem.issues?.length ?? 0 }) });
      } else if (error instanceof ApiError && error.status === 409) setMessage({ kind: 'error', text: t('shell.draft.conflict') });
      else setMessage({ kind: 'error', text: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  const rollback = async () => {
    if (rollbackTo === undefined) return;
    setBusy(true);
    try {
      const result = await api<{ version: number }>('POST', `/api/admin/states/${code}/rollback`, { version: rollbackTo, note: rollbackNote.trim() });
      setMessage({ kind: 'ok', text: t('versions.rolledBack', { version: result.version, from: rollbackTo }) });
      dialog.current?.close();
      setRollbackTo(undefined);
      setRollbackNote('');
      await draft.reload();
      loadVersions();
    } catch (error) {
      setMessage({ kind: 'error', text: problemText(error) });
      dialog.current?.close();
    } finally {
      setBusy(false);
    }
  };

  const importBundle = async (file: File) => {
    setMessage(undefined);
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: 'error', text: t('versions.importNotJson') });
      return;
    }
    try {
      await flush().catch(() => undefined);
      const result = await api<{ revision: number; issues: Issue[] }>('POST', `/api/admin/states/${code}/import`, bundle);
      await draft.reload();
      draft.setIssues(result.issues ?? []);
      setMessage({ kind: result.issues?.length ? 'error' : 'ok', text: t('versions.imported', { count: result.issues?.length ?? 0 }) });
    } catch (error) {
      if (error instanceof ApiError && error.problem.issues) draft.setIssues(requestIssues(error.problem.issues) as Issue[]);
      setMessage({ kind: 'error', text: problemText(error) });
    }
  };

  const issues = draft.issues;
  const blocked = issues.length > 0 || !note.trim() || busy || draft.validating || save === 'conflict';
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.title')}</h2>
      {message ? (
        <p className={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="publish-message">
          {message.text}
        </p>
      ) : null}
      <div className="card">
        <h3>{t('versions.changes')}</h3>
        {save !== 'saved' ? <p className="note">{t('versions.waitSave')}</p> : diffError ? <p className="error">{diffError}</p> : diff ? <DiffView diff={diff} /> : <span className="spinner" aria-label={t('shell.loading')} />}
        <div className="field">
          <label htmlFor="publish-note">{t('versions.note')}</label>
          <textarea id="publish-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby="publish-hint" required />
          <span id="publish-hint" className="hint">
            {t('versions.noteHint')}
          </span>
        </div>
        {issues.length > 0 ? (
          <div className="banner error" role="status" data-testid="publish-blocked">
            <span>{t('versions.blocked', { count: issues.length })}</span>
            <button type="button" className="small" onClick={() => onOpenIssue(issues[0]!)}>
              {t('versions.firstIssue')}
            </button>
          </div>
        ) : null}
        <button type="button" className="primary" id="publish" onClick={() => void publish()} disabled={blocked}>
          {busy ? t('versions.publishing') : t('versions.publish')}
        </button>
      </div>

      <div className="card">
        <div className="toolbar">
          <h3>{t('versions.list')}</h3>
          <span className="spacer" />
          <a href={`/api/admin/states/${code}/export`} download={`${slug}.json`}>
            {t('versions.exportPublished')}
          </a>
          {isDraft ? (
            <a href={`/api/admin/states/${code}/export?draft=1`} download={`${slug}-draft.json`}>
              {t('versions.exportDraft')}
            </a>
          ) : null}
          <button type="button" onClick={() => importInput.current?.click()}>
            {t('versions.import')}
          </button>
          <input
            ref={importInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('versions.import')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importBundle(file);
              e.target.value = '';
            }}
          />
        </div>
        {!versions ? <span className="spinner" aria-label={t('shell.loading')} /> : null}
        <table className="grid versions-table">
          <thead>
            <tr>
              <th scope="col">{t('versions.version')}</th>
              <th scope="col">{t('versions.when')}</th>
              <th scope="col">{t('versions.by')}</th>
              <th scope="col">{t('versions.source')}</th>
              <th scope="col">{t('versions.noteColumn')}</th>
              <th scope="col">{t('versions.summary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('versions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(versions ?? []).map((v, i) => (
              <tr key={v.version} data-version={v.version}>
                <td>{v.version}</td>
                <td>{date(v.publishedAt)}</td>
                <td>{v.publishedBy}</td>
                <td>{t(`versions.sources.${v.source}`, { defaultValue: v.source })}</td>
                <td>{v.note}</td>
                <td>{v.summary ? t('versions.summaryText', v.summary) : ''}</td>
                <td>
                  <div className="toolbar" style={{ margin: 0 }}>
                    <button type="button" className="small" aria-expanded={openVersion === v.version} onClick={() => void showVersion(v.version)}>
                      {t('versions.showDiff')}
                    </button>
                    <a href={`/api/admin/states/${code}/export?version=${v.version}`} download={`${slug}-v${v.version}.json`}>
                      {t('versions.export')}
                    </a>
                    {i > 0 ? (
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => {
                          setRollbackTo(v.version);
                          dialog.current?.showModal();
                        }}
                      >
                        {t('versions.rollback')}
                      </button>
                    ) : null}
                  </div>
                  {openVersion === v.version ? versionDiff ? <DiffView diff={versionDiff} /> : <span className="spinner" aria-label={t('shell.loading')} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <dialog ref={dialog} aria-labelledby="rollback-heading" onClose={() => setRollbackTo(undefined)}>
        <h2 id="rollback-heading">{t('versions.rollbackTitle', { version: rollbackTo ?? '' })}</h2>
        <p>{t('versions.rollbackExplain', { version: rollbackTo ?? '' })}</p>
        <div className="field">
          <label htmlFor="rollback-note">{t('versions.note')}</label>
          <textarea id="rollback-note" rows={2} value={rollbackNote} onChange={(e) => setRollbackNote(e.target.value)} required />
        </div>
        <div className="toolbar">
          <button type="button" className="primary" disabled={!rollbackNote.trim() || busy} onClick={() => void rollback()}>
            {t('versions.rollbackConfirm')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('versions.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
