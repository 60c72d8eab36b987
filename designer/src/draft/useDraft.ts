// The draft store of one state: loads the draft, holds its files, undo/redo, autosave, live validation, a local copy.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '@suraksha/engine';
import i18next from 'i18next';
import { api, ApiError, NetworkError } from '../shell/api';
import { problemText } from '../issues/issueText';
import type { ConfigFiles } from './types';
import { applyChanges, changedPaths, emptyHistory, recordEdit, redo as redoEdit, undo as undoEdit, type History } from './history';

/** How the draft stands against the server. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'offline' | 'failed';

interface DraftAnswer {
  code: string;
  slug: string;
  baseVersion: number;
  revision: number;
  files: ConfigFiles;
  issues: Issue[];
  isDraft: boolean;
}

/** What the browser keeps when a save did not reach the server (or was refused as a conflict). */
export interface LocalCopy {
  files: ConfigFiles;
  revision: number;
  savedAt: string;
}

export interface Draft {
  loading: boolean;
  loadError?: string;
  slug: string;
  baseVersion: number;
  revision: number;
  isDraft: boolean;
  files: ConfigFiles;
  issues: readonly Issue[];
  validating: boolean;
  save: SaveState;
  saveError?: string;
  history: History;
  /** A copy from this browser that differs from the server's draft (offered for restore). */
  localCopy?: LocalCopy;
  update(changes: Readonly<Record<string, unknown>>, label: string): void;
  undo(): string | undefined;
  redo(): string | undefined;
  /** Saves now; resolves with the saved revision (rejects when it could not be saved). */
  flush(): Promise<number>;
  /** Loads the server's draft again (after a conflict); the local copy stays in this browser. */
  reload(): Promise<void>;
  /** After a conflict: saves this browser's files over the other save. */
  overwrite(): Promise<void>;
  /** Applies the browser's copy as one undoable edit named `label`. */
  restoreLocalCopy(label: string): void;
  discardLocalCopy(): void;
  /** Replaces the state with a fresh load (after import, publish or rollback). */
  setIssues(issues: readonly Issue[]): void;
}

const saveDelayMs = 1200;
const validateDelayMs = 600;
const retryMs = 5000;

/** localStorage key of a state's unsaved copy. */
export function localCopyKey(code: string): string {
  return `suraksha.designer.draft.${code}`;
}

function readLocalCopy(code: string): LocalCopy | undefined {
  try {
    const text = localStorage.getItem(localCopyKey(code));
    return text ? (JSON.parse(text) as LocalCopy) : undefined;
  } catch {
    return undefined;
  }
}

function writeLocalCopy(code: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(localCopyKey(code), JSON.stringify(copy));
  } catch {
    // Storage full: the draft is still in memory; the status line says it is not saved.
  }
}

function clearLocalCopy(code: string): void {
  localStorage.removeItem(localCopyKey(code));
}

export function useDraft(code: string): Draft {
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [meta, setMeta] = useState({ slug: '', baseVersion: 0, isDraft: false });
  const [files, setFiles] = useState<ConfigFiles>({});
  const [history, setHistory] = useState<History>(emptyHistory);
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [validating, setValidating] = useState(false);
  const [save, setSave] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | undefined>();
  const [revision, setRevision] = useState(0);
  const [localCopy, setLocalCopy] = useState<LocalCopy | undefined>();

  // Refs mirror the latest values for timers and async callbacks.
  const filesRef = useRef(files);
  const savedRef = useRef<ConfigFiles>({});
  const revisionRef = useRef(0);
  const historyRef = useRef(history);
  const saveRef = useRef<SaveState>('saved');
  const inFlight = useRef<Promise<number> | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const validated = useRef<ConfigFiles | undefined>(undefined);

  const setSaveState = useCallback((state: SaveState) => {
    saveRef.current = state;
    setSave(state);
  }, []);

  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(undefined);
    try {
      const answer = await api<DraftAnswer>('GET', `/api/admin/states/${code}/draft`);
      filesRef.current = answer.files;
      savedRef.current = answer.files;
      validated.current = answer.files;
      revisionRef.current = answer.revision;
      historyRef.current = emptyHistory;
      setFiles(answer.files);
      setHistory(emptyHistory);
      setRevision(answer.revision);
      setIssues(answer.issues ?? []);
      setMeta({ slug: answer.slug, baseVersion: answer.baseVersion, isDraft: answer.isDraft });
      setSaveState('saved');
      setSaveError(undefined);
      const copy = readLocalCopy(code);
      setLocalCopy(copy && changedPaths(copy.files, answer.files).length > 0 ? copy : undefined);
      if (copy && changedPaths(copy.files, answer.files).length === 0) clearLocalCopy(code);
    } catch (error) {
      setLoadError(problemText(i18next.t, error));
    } finally {
      setLoading(false);
    }
  }, [code, setSaveState]);

  useEffect(() => {
    void load();
  }, [load]);

  const saveNow = useCallback((): Promise<number> => {
    if (inFlight.current) return inFlight.current.then(() => saveNow());
    clearTimeout(saveTimer.current);
    const sending = filesRef.current;
    if (sending === savedRef.current) return Promise.resolve(revisionRef.current);
    if (saveRef.current === 'conflict') return Promise.reject(new Error('conflict'));
    writeLocalCopy(code, { files: sending, revision: revisionRef.current, savedAt: new Date().toISOString() });
    setSaveState('saving');
    const run = (async () => {
      try {
        const answer = await api<{ revision: number; issues: Issue[] }>('PUT', `/api/admin/states/${code}/draft`, { revision: revisionRef.current, files: sending });
        revisionRef.current = answer.revision;
        savedRef.current = sending;
        setRevision(answer.revision);
        setMeta((m) => ({ ...m, isDraft: true }));
        setSaveError(undefined);
        if (filesRef.current === sending) {
          clearLocalCopy(code);
          setIssues(answer.issues ?? []);
          validated.current = sending;
          setSaveState('saved');
        } else setSaveState('pending');
        return answer.revision;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) setSaveState('conflict');
        else if (error instanceof NetworkError) setSaveState('offline');
        else {
          setSaveState('failed');
          setSaveError(problemText(i18next.t, error));
        }
        throw error;
      } finally {
        inFlight.current = undefined;
      }
    })();
    inFlight.current = run;
    return run;
  }, [code, setSaveState]);

  // Autosave a moment after the last edit; retry while offline or after a failure.
  useEffect(() => {
    if (loading || files === savedRef.current || save === 'conflict' || save === 'saving') return;
    const delay = save === 'offline' || save === 'failed' ? retryMs : saveDelayMs;
    saveTimer.current = setTimeout(() => void saveNow().catch(() => undefined), delay);
    return () => clearTimeout(saveTimer.current);
  }, [files, save, loading, saveNow]);

  // Live validation: the engine's issues for the files being edited, a moment after the last edit.
  useEffect(() => {
    if (loading || files === validated.current) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setValidating(true);
      api<{ issues: Issue[] }>('POST', `/api/admin/states/${code}/validate`, { files }, { signal: controller.signal })
        .then((answer) => {
          validated.current = files;
          setIssues(answer.issues ?? []);
        })
        .catch(() => {
          // Not checked (offline, server error): stop showing progress; the next edit checks again.
          if (!controller.signal.aborted) validated.current = files;
        })
        .finally(() => {
          if (!controller.signal.aborted) setValidating(false);
        });
    }, validateDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [files, loading, code]);

  // Leaving the workspace (another state, all states) with unsaved changes: keep a copy and save at once.
  useEffect(
    () => () => {
      if (filesRef.current === savedRef.current) return;
      writeLocalCopy(code, { files: filesRef.current, revision: revisionRef.current, savedAt: new Date().toISOString() });
      void saveNow().catch(() => undefined);
    },
    [code, saveNow],
  );

  // The unsaved-changes guard: leaving the page with changes not on the server asks first.
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (filesRef.current !== savedRef.current || saveRef.current === 'saving') {
        writeLocalCopy(code, { files: filesRef.current, revision: revisionRef.current, savedAt: new Date().toISOString() });
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [code]);

  const apply = useCallback(
    (next: ConfigFiles, nextHistory: History) => {
      filesRef.current = next;
      historyRef.current = nextHistory;
      setFiles(next);
      setHistory(nextHistory);
      if (saveRef.current === 'saved') setSaveState('pending');
    },
    [setSaveState],
  );

  const update = useCallback((changes: Readonly<Record<string, unknown>>, label: string) => {
    const nextHistory = recordEdit(filesRef.current, historyRef.current, changes, label, Date.now());
    apply(applyChanges(filesRef.current, changes), nextHistory);
  }, [apply]);

  const undo = useCallback(() => {
    const result = undoEdit(filesRef.current, historyRef.current);
    if (!result) return undefined;
    apply(result.files, result.history);
    return result.label;
  }, [apply]);

  const redo = useCallback(() => {
    const result = redoEdit(filesRef.current, historyRef.current);
    if (!result) return undefined;
    apply(result.files, result.history);
    return result.label;
  }, [apply]);

  const reload = useCallback(async () => {
    writeLocalCopy(code, { files: filesRef.current, revision: revisionRef.current, savedAt: new Date().toISOString() });
    await load();
  }, [code, load]);

  const overwrite = useCallback(async () => {
    const answer = await api<DraftAnswer>('GET', `/api/admin/states/${code}/draft`);
    revisionRef.current = answer.revision;
    setSaveState('pending');
    await saveNow();
  }, [code, saveNow, setSaveState]);

  const restoreLocalCopy = useCallback((label: string) => {
    if (!localCopy) return;
    const changes = Object.fromEntries(changedPaths(filesRef.current, localCopy.files).map((p) => [p, localCopy.files[p]]));
    update(changes, label);
    setLocalCopy(undefined);
  }, [localCopy, update]);

  const discardLocalCopy = useCallback(() => {
    clearLocalCopy(code);
    setLocalCopy(undefined);
  }, [code]);

  return {
    loading,
    loadError,
    slug: meta.slug,
    baseVersion: meta.baseVersion,
    isDraft: meta.isDraft,
    revision,
    files,
    issues,
    // The issues shown belong to an older draft until the engine has checked this one.
    validating: validating || (!loading && files !== validated.current),
    save,
    saveError,
    history,
    localCopy,
    update,
    undo,
    redo,
    flush: saveNow,
    reload,
    overwrite,
    restoreLocalCopy,
    discardLocalCopy,
    setIssues,
  };
}
