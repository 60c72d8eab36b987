// Unsaved form edits kept in this browser (localStorage), so a lost network or a closed tab loses nothing.

/** One form's local edits: what the server had when editing began, what the user has now, and a save to send. */
export interface LocalDraft {
  recordId: string;
  formId: string;
  /** Record version the edits were made on. */
  baseVersion: number;
  /** The form's server data when editing began (to see what the user changed, and what others changed). */
  baseData: Record<string, unknown>;
  data: Record<string, unknown>;
  /** A save the user asked for that has not reached the server yet. */
  pending: 'draft' | 'complete' | null;
  savedAt: string;
}

const prefix = 'suraksha.draft.';
let owner = 'anonymous';

/** Scopes drafts to the signed-in user (a shared computer keeps each user's drafts apart). */
export function setDraftOwner(userId: string): void {
  owner = userId;
}

function key(recordId: string, formId: string): string {
  return `${prefix}${owner}.${recordId}.${formId}`;
}

/** The local draft of a form, if any. */
export function readDraft(recordId: string, formId: string): LocalDraft | undefined {
  try {
    const text = localStorage.getItem(key(recordId, formId));
    return text ? (JSON.parse(text) as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a form's local draft (quietly does nothing when storage is full or disabled). */
export function writeDraft(draft: LocalDraft): void {
  try {
    localStorage.setItem(key(draft.recordId, draft.formId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the in-memory edits are still there and the guard still warns before leaving.
  }
}

/** Forgets a form's local draft (after the server has it). */
export function clearDraft(recordId: string, formId: string): void {
  localStorage.removeItem(key(recordId, formId));
}

/** Every local draft of the signed-in user that still has a save to send. */
export function pendingDrafts(): LocalDraft[] {
  const out: LocalDraft[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (!k?.startsWith(`${prefix}${owner}.`)) continue;
    try {
      const draft = JSON.parse(localStorage.getItem(k) ?? '') as LocalDraft;
      if (draft.pending) out.push(draft);
    } catch {
      // A damaged entry is ignored rather than blocking the others.
    }
  }
  return out;
}

/** Removes every draft of the signed-in user (on sign-out: child data must not stay on a shared device). */
export function clearAllDrafts(): void {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(`${prefix}${owner}.`)) keys.push(k);
  }
  keys.forEach((k) => localStorage.removeItem(k));
}

/** What was typed into the create page for a record type, kept until the record is registered. */
export interface CreateDraft {
  recordType: string;
  district: string;
  office: string;
  data: Record<string, unknown>;
  savedAt: string;
}

/** The create page's draft of a record type (stored under the user's draft prefix, so sign-out clears it too). */
export function readCreateDraft(recordType: string): CreateDraft | undefined {
  try {
    const text = localStorage.getItem(key('new', recordType));
    return text ? (JSON.parse(text) as CreateDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the create page's draft (nothing when storage is full or blocked; the unsaved guard still warns). */
export function writeCreateDraft(draft: CreateDraft): void {
  try {
    localStorage.setItem(key('new', draft.recordType), JSON.stringify(draft));
  } catch {
    // See writeDraft.
  }
}

/** Forgets the create page's draft (once the record is registered, or the user discards it). */
export function clearCreateDraft(recordType: string): void {
  localStorage.removeItem(key('new', recordType));
}
