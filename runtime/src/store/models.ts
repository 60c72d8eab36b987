// The collections of the runtime, as mongoose models bound to one connection.
import { Schema, type Connection, type Model } from 'mongoose';
import type { CaseRecord } from '@suraksha/engine';

/** A record as stored: the engine's record plus search keys and the earliest open deadline for queries. */
export interface StoredRecord extends Omit<CaseRecord, 'id'> {
  _id: string;
  configVersion: number;
  searchKeys: string[];
  /** Earliest due instant of the open deadlines (null when none), for the overdue lists. */
  nextDue: Date | null;
  updatedAt: Date;
}

/** One entry of a record's history: who did what, when, and which fields changed from what to what. */
export interface RecordEventDoc {
  _id: string;
  recordId: string;
  state: string;
  district: string;
  at: Date;
  actor: string;
  actorRoles: string[];
  kind: 'created' | 'formSaved' | 'transition' | 'matchConfirmed' | 'matchRejected';
  form?: string;
  mode?: 'draft' | 'complete';
  event?: string;
  from?: string;
  to?: string;
  /** Changed fields as `<formId>.<path>` with values before and after. */
  changes: { field: string; before: unknown; after: unknown }[];
  version: number;
  /** matching (src/matching): the match confirmed or rejected, the other record and the officer's note. */
  match?: { id: string; otherRecordId: string; score: number; note?: string };
}

export interface UserDoc {
  _id: string;
  username: string;
  name: string;
  passwordHash: string;
  state: string;
  roles: string[];
  district?: string;
  office?: string;
  language?: string;
  active: boolean;
  failedLogins: number;
  lockedUntil?: Date | null;
  createdAt: Date;
  createdBy: string;
}

export interface SessionDoc {
  _id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface AuditDoc {
  _id: string;
  at: Date;
  state?: string;
  actor?: string;
  action: string;
  target?: string;
  ip?: string;
  outcome: 'success' | 'failure';
  detail?: Record<string, unknown>;
}

export interface OutboxDoc {
  _id: string;
  state: string;
  recordId?: string;
  kind: 'notify' | 'deadline' | 'match' | 'digest';
  template: string;
  roles: string[];
  district?: string;
  /** Alerts (src/alerts): addressed to this one user, with params already in their language, instead of roles. */
  userId?: string;
  params: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError?: string;
  createdAt: Date;
  deliveredAt?: Date;
}

// --- alerts (src/alerts) ---
/** An in-app notification for one user (deadline alerts, likely matches, monthly digests). */
export interface NotificationDoc {
  _id: string;
  userId: string;
  state: string;
  kind: 'dueSoon' | 'overdue' | 'likelyMatch' | 'digest';
  recordId?: string;
  template: string;
  /** Plain values for the template's placeholders. */
  params: Record<string, unknown>;
  /** Placeholders whose value is a translation key, translated when the notification is shown. */
  labels: Record<string, string>;
  createdAt: Date;
  readAt: Date | null;
}

/** The ledger that makes every alert idempotent: one document per alert and user, keyed by `_id`. */
export interface AlertSentDoc {
  _id: string;
  kind: NotificationDoc['kind'];
  state: string;
  userId: string;
  recordId?: string;
  createdAt: Date;
}
// --- end alerts ---

export interface CounterDoc {
  _id: string;
  seq: number;
}

export interface Models {
  records: Model<StoredRecord>;
  recordEvents: Model<RecordEventDoc>;
  users: Model<UserDoc>;
  sessions: Model<SessionDoc>;
  audit: Model<AuditDoc>;
  outbox: Model<OutboxDoc>;
  counters: Model<CounterDoc>;
  notifications: Model<NotificationDoc>;
  alertsSent: Model<AlertSentDoc>;
}

const options = { versionKey: false as const, strict: 'throw' as const };

/** Creates the models on a connection and makes sure their indexes exist. */
export async function createModels(connection: Connection): Promise<Models> {
  const records = new Schema<StoredRecord>(
    {
      _id: String,
      state: { type: String, required: true },
      recordType: { type: String, required: true },
      district: { type: String, required: true },
      office: String,
      ownerId: { type: String, required: true },
      assignees: [String],
      stage: { type: String, required: true },
      workflowVersion: Number,
      configVersion: Number,
      forms: { type: Schema.Types.Mixed, default: {} },
      deadlines: { type: Schema.Types.Mixed, default: {} },
      caseNumber: String,
      createdAt: String,
      updatedAt: Date,
      version: { type: Number, required: true },
      searchKeys: [String],
      nextDue: { type: Date, default: null },
    },
    { ...options, minimize: false },
  );
  records.index({ state: 1, district: 1, stage: 1 });
  records.index({ state: 1, nextDue: 1 });
  records.index({ state: 1, searchKeys: 1 });
  records.index({ caseNumber: 1 }, { unique: true, sparse: true });

  const events = new Schema<RecordEventDoc>(
    {
      _id: String,
      recordId: { type: String, required: true, index: true },
      state: String,
      district: String,
      at: Date,
      actor: String,
      actorRoles: [String],
      kind: String,
      form: String,
      mode: String,
      event: String,
      from: String,
      to: String,
      changes: { type: Schema.Types.Mixed, default: [] },
      version: Number,
      match: Schema.Types.Mixed, // matching
    },
    options,
  );

  const users = new Schema<UserDoc>(
    {
      _id: String,
      username: { type: String, required: true, unique: true },
      name: String,
      passwordHash: String,
      state: { type: String, required: true },
      roles: [String],
      district: String,
      office: String,
      language: String,
      active: { type: Boolean, default: true },
      failedLogins: { type: Number, default: 0 },
      lockedUntil: { type: Date, default: null },
      createdAt: Date,
      createdBy: String,
    },
    options,
  );

  const sessions = new Schema<SessionDoc>({ _id: String, userId: { type: String, index: true }, csrfToken: String, createdAt: Date, lastSeenAt: Date, expiresAt: Date }, options);
  const audit = new Schema<AuditDoc>(
    { _id: String, at: Date, state: String, actor: String, action: String, target: String, ip: String, outcome: String, detail: Schema.Types.Mixed },
    options,
  );
  audit.index({ state: 1, at: -1 });
  const outbox = new Schema<OutboxDoc>(
    {
      _id: String,
      state: String,
      recordId: String,
      kind: String,
      template: String,
      roles: [String],
      district: String,
      params: { type: Schema.Types.Mixed, default: {} },
      status: { type: String, index: true },
      attempts: Number,
      lastError: String,
      createdAt: Date,
      deliveredAt: Date,
      userId: String,
    },
    { ...options, minimize: false },
  );
  const counters = new Schema<CounterDoc>({ _id: String, seq: Number }, options);
  // alerts (src/alerts): in-app notifications and the idempotence ledger (its _id is the alert key).
  const notifications = new Schema<NotificationDoc>(
    { _id: String, userId: { type: String, required: true }, state: String, kind: String, recordId: String, template: String, params: { type: Schema.Types.Mixed, default: {} }, labels: { type: Schema.Types.Mixed, default: {} }, createdAt: Date, readAt: { type: Date, default: null } },
    { ...options, minimize: false },
  );
  notifications.index({ userId: 1, createdAt: -1 });
  const alertsSent = new Schema<AlertSentDoc>({ _id: String, kind: String, state: String, userId: String, recordId: { type: String, index: true }, createdAt: Date }, options);

  const models: Models = {
    records: connection.model<StoredRecord>('Record', records, 'records'),
    recordEvents: connection.model<RecordEventDoc>('RecordEvent', events, 'recordEvents'),
    users: connection.model<UserDoc>('User', users, 'users'),
    sessions: connection.model<SessionDoc>('Session', sessions, 'sessions'),
    audit: connection.model<AuditDoc>('Audit', audit, 'audit'),
    outbox: connection.model<OutboxDoc>('Outbox', outbox, 'outbox'),
    counters: connection.model<CounterDoc>('Counter', counters, 'counters'),
    notifications: connection.model<NotificationDoc>('Notification', notifications, 'notifications'),
    alertsSent: connection.model<AlertSentDoc>('AlertSent', alertsSent, 'alertsSent'),
  };
  await Promise.all(Object.values(models).map((m: Model<never>) => m.createIndexes()));
  return models;
}
