// A likely match between a missing and a found report alerts the officers of both records (owner and assignees),
// once per pair and officer. Called by the matching helper when it finds a candidate above its threshold.
import { createAbility, recordSubject, type Deployment } from '@suraksha/engine';
import type { Models, StoredRecord, UserDoc } from '../store/models';
import { userContext } from '../http/context';
import { alertTemplates } from './settings';
import { sendAlert } from './sendAlert';
import { caseLabel } from './scanDeadlines';

export interface LikelyMatch {
  missingRecordId: string;
  foundRecordId: string;
  /** The matcher's score, 0..1 (shown as a percentage). */
  score: number;
}

/** The alert key: one per pair and officer, whatever the score (a re-scored pair does not alert again). */
export function likelyMatchKey(match: Pick<LikelyMatch, 'missingRecordId' | 'foundRecordId'>, userId: string): string {
  return `match:${match.missingRecordId}:${match.foundRecordId}:${userId}`;
}

/**
 * Notifies the officers of both records; returns how many alerts it sent (0 when repeated). With `states`, only
 * users who may move their record's workflow (fire an event on it) count as officers — a citizen who reported a
 * missing child (and may still edit the report) is not told of an unverified match.
 */
export async function alertLikelyMatch(models: Models, match: LikelyMatch, options: { states?: ReadonlyMap<string, Deployment>; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const records = await models.records
    .find({ _id: { $in: [match.missingRecordId, match.foundRecordId] } })
    .select({ state: 1, recordType: 1, district: 1, office: 1, ownerId: 1, assignees: 1, stage: 1, caseNumber: 1 })
    .lean<Pick<StoredRecord, '_id' | 'state' | 'recordType' | 'district' | 'office' | 'ownerId' | 'assignees' | 'stage' | 'caseNumber'>[]>();
  const missing = records.find((r) => r._id === match.missingRecordId);
  const found = records.find((r) => r._id === match.foundRecordId);
  if (!missing || !found) return 0;
  const officersOf = new Map<string, typeof missing>();
  for (const record of [found, missing]) for (const id of [record.ownerId, ...(record.assignees ?? [])]) officersOf.set(id, record);
  const users = await models.users.find({ _id: { $in: [...officersOf.keys()] }, active: true }).lean<UserDoc[]>();
  const score = Math.round(Math.max(0, Math.min(1, match.score)) * 100);
  let sent = 0;
  for (const user of users) {
    const record = officersOf.get(user._id)!;
    const deployment = options.states?.get(user.state);
    if (options.states) {
      if (!deployment) continue;
      const ability = createAbility(deployment.roles, userContext(user));
      const subject = recordSubject({ state: record.state, district: record.district, recordType: record.recordType, office: record.office, ownerId: record.ownerId, assignees: record.assignees ?? [], stage: record.stage });
      if (!ability.can('fire', subject)) continue;
    }
    const ok = await sendAlert(models, {
      key: likelyMatchKey(match, user._id),
      kind: 'likelyMatch',
      outboxKind: 'match',
      user,
      ...(deployment ? { deployment } : {}),
      recordId: record._id,
      template: alertTemplates.likelyMatch,
      params: { missing: caseLabel(missing), found: caseLabel(found), score, missingRecordId: missing._id, foundRecordId: found._id },
      now,
    });
    if (ok) sent += 1;
  }
  return sent;
}
