// Sends one alert to one user exactly once: an in-app notification and an outbox message (e-mail/SMS by the transport),
// each written under an id derived from the alert key, then the key in the `alertsSent` ledger.
import { createHash } from 'node:crypto';
import type { Deployment } from '@suraksha/engine';
import type { Models, NotificationDoc, OutboxDoc, UserDoc } from '../store/models';

export interface Alert {
  /** Unique per alert and user, e.g. `deadline:<record>:<deadline>:<setAt>:overdue:<user>`. */
  key: string;
  kind: NotificationDoc['kind'];
  outboxKind: OutboxDoc['kind'];
  user: Pick<UserDoc, '_id' | 'state' | 'district' | 'language'>;
  /** The user's state (for their language and the labels); without it the texts are rendered by the outbox worker only. */
  deployment?: Deployment;
  recordId?: string;
  template: string;
  params: Record<string, unknown>;
  labels?: Record<string, string>;
  now: Date;
}

/** Whether a MongoDB error is a duplicate key (the same alert written before, or concurrently). */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

async function insertOnce(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** The id the notification and the outbox message of an alert get: the same alert always gets the same id. */
export function alertId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The language the user reads alerts in: theirs if the state has it, else the state's default. */
export function languageOf(user: Pick<UserDoc, 'language'>, deployment?: Deployment): string | undefined {
  if (!deployment) return user.language;
  return user.language && deployment.manifest.languages.includes(user.language) ? user.language : deployment.translator.defaultLanguage;
}

/**
 * Sends the alert unless it was sent before; returns true when this call sent it. Safe to run concurrently and to
 * retry after a crash: every write has a fixed id, a duplicate key means "already written", and the ledger entry
 * is written last.
 */
export async function sendAlert(models: Models, alert: Alert): Promise<boolean> {
  if (await models.alertsSent.exists({ _id: alert.key })) return false;
  const id = alertId(alert.key);
  const labels = alert.labels ?? {};
  const lang = languageOf(alert.user, alert.deployment);
  // The outbox message goes to one user, so its placeholders can be filled in that user's language now.
  const translated = alert.deployment && lang ? Object.fromEntries(Object.entries(labels).map(([name, key]) => [name, alert.deployment!.translator.t(lang, key)])) : labels;
  await insertOnce(() =>
    models.notifications.create({ _id: id, userId: alert.user._id, state: alert.user.state, kind: alert.kind, ...(alert.recordId ? { recordId: alert.recordId } : {}), template: alert.template, params: alert.params, labels, createdAt: alert.now, readAt: null }),
  );
  await insertOnce(() =>
    models.outbox.create({
      _id: id,
      state: alert.user.state,
      ...(alert.recordId ? { recordId: alert.recordId } : {}),
      kind: alert.outboxKind,
      template: alert.template,
      roles: [],
      ...(alert.user.district ? { district: alert.user.district } : {}),
      userId: alert.user._id,
      params: { ...alert.params, ...translated },
      status: 'pending',
      attempts: 0,
      createdAt: alert.now,
    }),
  );
  return insertOnce(() => models.alertsSent.create({ _id: alert.key, kind: alert.kind, state: alert.user.state, userId: alert.user._id, ...(alert.recordId ? { recordId: alert.recordId } : {}), createdAt: alert.now }));
}

/** A notification's text in a language: its template with the plain params and the translated labels. */
export function renderNotification(deployment: Deployment | undefined, lang: string, doc: Pick<NotificationDoc, 'template' | 'params' | 'labels'>): string {
  if (!deployment) return doc.template;
  const t = deployment.translator.t;
  const labels = Object.fromEntries(Object.entries(doc.labels ?? {}).map(([name, key]) => [name, t(lang, key)]));
  return t(lang, doc.template, { ...doc.params, ...labels });
}
