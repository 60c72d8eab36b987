// Shapes of the runtime API the caseworker app reads (see runtime/src/http/routes).
import type { CaseRecord, Deadline } from '@suraksha/engine';
export interface User {
  id: string;
  username: string;
  name: string;
  state: string;
  roles: string[];
  district: string | null;
  office: string | null;
  language: string | null;
  active: boolean;
}

export type JsonSchema = Record<string, unknown> & {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  oneOf?: { const: unknown; title?: string }[];
  enum?: unknown[];
  format?: string;
  readOnly?: boolean;
  'x-widget'?: string;
  'x-officeTypes'?: string[];
};

export interface FormDefinition {
  id: string;
  version: number;
  title: string;
  schema: JsonSchema;
  uischema: Record<string, unknown>;
}

export interface StageDefinition {
  label: string;
  final: boolean;
  editableForms: string[];
  requiredForms: string[];
}

export interface WorkflowDefinition {
  id: string;
  version: number;
  initial: string;
  stages: Record<string, StageDefinition>;
  events: Record<string, { label: string; confirm?: string }>;
}

export interface RecordTypeDefinition {
  id: string;
  label: string;
  workflow: string;
  forms: string[];
  createForm: string;
  nameField?: string;
  canCreate: boolean;
}

export interface ClientConfig {
  /** The published configuration version this is (records keep the version they were created under). */
  configVersion: number | null;
  state: { code: string; name: string; timeZone: string };
  language: string;
  languages: string[];
  messages: Record<string, string>;
  districts: { code: string; name: string; effectiveFrom: string | null; effectiveTo: string | null }[];
  offices: { id: string; type: string; district: string; name: string }[];
  recordTypes: RecordTypeDefinition[];
  forms: Record<string, FormDefinition>;
  workflows: Record<string, WorkflowDefinition>;
  rules: unknown[];
}

// The record shapes are the engine's own (type-only: nothing of the engine is bundled into the app).
export type { CaseRecord, Deadline, RecordForm } from '@suraksha/engine';

export interface AvailableEvent {
  event: string;
  label: string;
  confirm?: string;
  target: string;
}

export interface RecordView {
  /** `configVersion`: the published configuration version the record keeps (null for records from before versions). */
  record: CaseRecord & { configVersion?: number | null };
  events: AvailableEvent[];
}

export interface RecordSummary {
  id: string;
  recordType: string;
  caseNumber: string | null;
  name: string | null;
  stage: string;
  stageLabel: string;
  district: string;
  office: string | null;
  deadlines: (Deadline & { overdue: boolean })[];
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HistoryEntry {
  _id: string;
  at: string;
  actor: string;
  actorRoles: string[];
  /** The actor's name (officials only; a citizen is shown by role). */
  actorName?: string;
  kind: 'created' | 'formSaved' | 'transition' | 'matchConfirmed' | 'matchRejected';
  form?: string;
  mode?: 'draft' | 'complete';
  event?: string;
  from?: string;
  to?: string;
  changes: { field: string; before: unknown; after: unknown }[];
  version: number;
  /** A match confirmed or rejected (src/matching): the other record and the officer's note. */
  match?: { id: string; otherRecordId: string; score: number; note?: string };
}

export interface ProblemIssue {
  pointer: string;
  message: string;
  key?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  issues?: ProblemIssue[];
  currentVersion?: number;
  retryAfter?: number;
}
