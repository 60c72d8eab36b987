// Editing one form of a record: save as draft or complete, server issues next to fields, no lost work (local drafts,
// offline sending, reapplying edits after a conflict).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError } from '../api/client';
import type { ProblemIssue, RecordView } from '../api/types';
import { useApp } from '../app/AppContext';
import { FormView } from '../forms/FormView';
import { fieldId, pointerToPath, schemaAt } from '../forms/paths';
import { clearDraft, readDraft, writeDraft } from '../drafts/draftStore';
import { reapplyEdits } from '../drafts/mergeEdits';
import { useUnsavedGuard } from './useUnsavedGuard';
import { formatNumber } from '../i18n/format';
import type { FormTab } from './formAccess';
import { ErrorSummary, type SummaryIssue } from './ErrorSummary';
import { ConflictPanel } from './ConflictPanel';

type Data = Record<string, unknown>;
type Status = { kind: 'idle' | 'saving' | 'saved' | 'savedComplete' | 'offline' | 'sentWhenBack' | 'restored' | 'invalid' | 'error' | 'reapplied'; text?: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

export interface FormEditorProps {
  view: RecordView;
  tab: FormTab;
  onSaved: (view: RecordView) => void;
  onDirtyChange: (formId: string, dirty: boolean) => void;
}

/** The editor of one form; its state is kept per record and form (remount with a key when those change). */
export function FormEditor({ view, tab, onSaved, onDirtyChange }: FormEditorProps) {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const { record } = view;
  const form = config.forms[tab.formId]!;
  const serverData = (record.forms[tab.formId]?.data ?? {}) as Data;
  const [initial] = useState(() => initialState(record.id, tab.formId, record.version, serverData));
  const [base, setBase] = useState(initial.base);
  const [data, setData] = useState<Data>(initial.data);
  const [issues, setIssues] = useState<ProblemIssue[]>([]);
  const [status, setStatus] = useState<Status>(initial.restored ? { kind: 'restored' } : { kind: 'idle' });
  const [conflict, setConflict] = useState<{ latest: RecordView; theirs: string[] } | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = !same(data, base.data);
  const readOnly = !tab.writable;

  useUnsavedGuard(dirty, t('form.leaveConfirm'));
  useEffect(() => onDirtyChange(tab.formId, dirty), [dirty, onDirtyChange, tab.formId]);

  // The record moved on through this user's own actions (an event, another form): if this form's data on the server is
  // still what editing started from, edits apply to the new version.
  useEffect(() => {
    if (record.version !== base.version && same(record.forms[tab.formId]?.data, base.data)) setBase((b) => ({ ...b, version: record.version }));
  }, [record, tab.formId, base.version, base.data]);

  const change = (next: Data) => {
    setData(next);
    if (issues.length) setIssues((list) => list.filter((i) => same(valueAtPointer(next, i.pointer), valueAtPointer(data, i.pointer))));
    if (same(next, base.data)) clearDraft(record.id, tab.formId);
    else writeDraft({ recordId: record.id, formId: tab.formId, baseVersion: base.version, baseData: base.data, data: next, pending: readDraft(record.id, tab.formId)?.pending ?? null, savedAt: new Date().toISOString() });
  };

  const save = useCallback(
    async (mode: 'draft' | 'complete', payload: Data = data, version: number = base.version) => {
      writeDraft({ recordId: record.id, formId: tab.formId, baseVersion: version, baseData: base.data, data: payload, pending: mode, savedAt: new Date().toISOString() });
      setStatus({ kind: 'saving' });
      try {
        const saved = await api<RecordView>('PUT', `/api/records/${record.id}/forms/${tab.formId}`, { data: payload, mode }, { headers: { 'if-match': `"${version}"` } });
        const stored = (saved.record.forms[tab.formId]?.data ?? {}) as Data;
        clearDraft(record.id, tab.formId);
        setBase({ version: saved.record.version, data: stored });
        setData(stored);
        setIssues([]);
        setConflict(undefined);
        setStatus({ kind: status.kind === 'offline' ? 'sentWhenBack' : mode === 'complete' ? 'savedComplete' : 'saved' });
        onSaved(saved);
        queueMicrotask(() => statusRef.current?.focus());
      } catch (error) {
        await handleSaveError(error);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, base, record.id, tab.formId, status.kind, onSaved],
  );

  async function handleSaveError(error: unknown) {
    if (error instanceof NetworkError) return setStatus({ kind: 'offline' });
    const problem = error instanceof ApiError ? error.problem : undefined;
    if (problem?.status === 422 && problem.issues?.length) {
      // The server's issues are the answer; nothing is pending any more.
      writeDraft({ recordId: record.id, formId: tab.formId, baseVersion: base.version, baseData: base.data, data, pending: null, savedAt: new Date().toISOString() });
      setIssues(problem.issues);
      setStatus({ kind: 'invalid' });
      queueMicrotask(() => summaryRef.current?.focus());
      return;
    }
    if (problem?.status === 409 && problem.code === 'conflict') {
      const latest = await api<RecordView>('GET', `/api/records/${record.id}`).catch(() => undefined);
      if (latest) {
        const latestData = (latest.record.forms[tab.formId]?.data ?? {}) as Data;
        setConflict({ latest, theirs: reapplyEdits(base.data, data, latestData).theirs });
      }
      setStatus({ kind: 'idle' });
      return;
    }
    writeDraft({ recordId: record.id, formId: tab.formId, baseVersion: base.version, baseData: base.data, data, pending: null, savedAt: new Date().toISOString() });
    setStatus({ kind: 'error', text: problem?.detail ?? problem?.title ?? t('common.error') });
  }

  // Sends a save that could not go out when the network is back (and at once if it is back already).
  useEffect(() => {
    const retry = () => {
      const draft = readDraft(record.id, tab.formId);
      if (draft?.pending && navigator.onLine) void save(draft.pending, draft.data, draft.baseVersion);
    };
    window.addEventListener('online', retry);
    if (initial.pending && navigator.onLine) retry();
    return () => window.removeEventListener('online', retry);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save]);

  const reapply = () => {
    if (!conflict) return;
    const latestData = (conflict.latest.record.forms[tab.formId]?.data ?? {}) as Data;
    const merged = reapplyEdits(base.data, data, latestData);
    setBase({ version: conflict.latest.record.version, data: latestData });
    setData(merged.data);
    writeDraft({ recordId: record.id, formId: tab.formId, baseVersion: conflict.latest.record.version, baseData: latestData, data: merged.data, pending: null, savedAt: new Date().toISOString() });
    setConflict(undefined);
    setStatus({ kind: 'reapplied' });
    onSaved(conflict.latest);
  };

  const discardLocal = () => {
    clearDraft(record.id, tab.formId);
    setBase({ version: record.version, data: serverData });
    // A fresh object, so the form view takes it as new data rather than an echo of its own.
    setData(structuredClone(serverData));
    setStatus({ kind: 'idle' });
  };

  const issueMap = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of issues) {
      const path = pointerToPath(issue.pointer);
      map.set(path, [...(map.get(path) ?? []), issue.message]);
    }
    return map;
  }, [issues]);

  const summary: SummaryIssue[] = issues.map((issue) => {
    const path = pointerToPath(issue.pointer);
    const rows = path.split('.').filter((s) => /^\d+$/.test(s));
    const field = ct(schemaAt(form.schema, path)?.title ?? form.title);
    return { id: fieldId(tab.formId, path), label: rows.length ? `${field} (${t('form.row', { n: formatNumber(lang, Number(rows[0]) + 1) })})` : field, message: issue.message };
  });

  return (
    <section className="form-editor" aria-labelledby={`title-${tab.formId}`}>
      <h2 id={`title-${tab.formId}`} className="form-title">
        {ct(form.title)}
        {tab.status ? <span className={`badge ${tab.status}`}>{t(`record.formStatus.${tab.status}`)}</span> : null}
      </h2>
      {readOnly ? <p className="note">{tab.editableInStage ? t('form.readOnlyNote') : t('form.notEditableNow')}</p> : null}
      <StatusLine status={status} statusRef={statusRef} onDiscard={status.kind === 'restored' ? discardLocal : undefined} />
      {conflict ? <ConflictPanel form={form} theirs={conflict.theirs} latest={conflict.latest} onReapply={reapply} /> : null}
      {issues.length ? <ErrorSummary ref={summaryRef} issues={summary} /> : null}
      <FormView form={form} data={data} onChange={readOnly ? undefined : change} access={tab.access} issues={issueMap} readOnly={readOnly} district={record.district} recordId={record.id} />
      {readOnly ? null : (
        <div className="form-actions sticky-actions">
          <button type="button" className="secondary" disabled={status.kind === 'saving'} onClick={() => void save('draft')}>
            {t('form.saveDraft')}
          </button>
          <button type="button" className="primary" disabled={status.kind === 'saving'} onClick={() => void save('complete')}>
            {t('form.complete')}
          </button>
          {dirty ? <span className="unsaved">{t('form.unsaved')}</span> : null}
        </div>
      )}
    </section>
  );
}

function StatusLine({ status, statusRef, onDiscard }: { status: Status; statusRef: React.RefObject<HTMLDivElement | null>; onDiscard?: () => void }) {
  const { t } = useTranslation();
  const texts: Partial<Record<Status['kind'], string>> = {
    saving: t('form.saving'),
    saved: t('form.saved'),
    savedComplete: t('form.savedComplete'),
    offline: t('form.offline'),
    sentWhenBack: t('form.sentWhenBack'),
    restored: t('form.restored'),
    reapplied: t('form.reapplied'),
    error: status.text,
  };
  const text = texts[status.kind];
  const tone = status.kind === 'error' ? 'error' : status.kind === 'offline' || status.kind === 'restored' || status.kind === 'reapplied' ? 'warning' : 'success';
  return (
    <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className={text ? `status-line ${tone}` : 'status-line empty'} data-status={status.kind}>
      {text}
      {onDiscard ? (
        <button type="button" className="link-button" onClick={onDiscard}>
          {t('form.discardLocal')}
        </button>
      ) : null}
    </div>
  );
}

function initialState(recordId: string, formId: string, version: number, serverData: Data) {
  const draft = readDraft(recordId, formId);
  if (draft && !same(draft.data, serverData)) return { base: { version: draft.baseVersion, data: draft.baseData }, data: draft.data, restored: true, pending: draft.pending };
  if (draft) clearDraft(recordId, formId);
  return { base: { version, data: serverData }, data: serverData, restored: false, pending: null };
}

function valueAtPointer(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}
