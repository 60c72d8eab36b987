// The append-only audit trail: writes, sign-ins (success and failure) and reads of sensitive records.
import { randomUUID } from 'node:crypto';
import type { UserContext } from '@suraksha/engine';
import type { AuditDoc, Models } from '../store/models';

/** Appends one audit entry; nothing in the API updates or deletes these. */
export async function audit(
  models: Models,
  entry: { actor?: Pick<UserContext, 'id' | 'state'>; state?: string; action: string; target?: string; outcome: AuditDoc['outcome']; ip?: string; detail?: Record<string, unknown> },
): Promise<void> {
  await models.audit.create({
    _id: randomUUID(),
    at: new Date(),
    state: entry.state ?? entry.actor?.state,
    actor: entry.actor?.id,
    action: entry.action,
    target: entry.target,
    ip: entry.ip,
    outcome: entry.outcome,
    detail: entry.detail,
  });
}
