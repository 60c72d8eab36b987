import { transition } from 'xstate';
import type { Deployment } from '../config/compileDeployment';
import { createAbility, type UserContext } from '../permissions/createAbility';
import { recordSubject } from '../permissions/fieldAccess';
import type { CompiledWorkflow } from '../workflows/compileWorkflow';
import type { CaseRecord } from './CaseRecord';
import type { Actor } from './createRecord';
import { applyEffects, type Effect } from './Effect';
import { refuse, type Refusal } from './Refusal';
import { toEffects } from './toEffects';

/** Options of `fireEvent`. */
export interface FireOptions {
  /**
   * Skip the user's permissions (read and fire) but not stage, guards and required forms: for an event that follows
   * from a decision already authorised elsewhere, such as a confirmed match moving the other child's record.
   */
  authorised?: boolean;
}

/** Steps a record with an event: the pure XState transition plus permissions, guards and required forms. */
export function fireEvent(actor: Actor, record: CaseRecord, event: string, options: FireOptions = {}): { ok: true; record: CaseRecord; effects: Effect[]; from: string; to: string } | Refusal {
  const { deployment, user, now, lang } = actor;
  const check = checkEvent(deployment, record, event, user, now, options);
  if (!check.ok) return refuse(deployment, lang, check.code, check.key, check.params);
  const { workflow } = check;
  const [snapshot, actions] = transition(workflow.machine, workflow.snapshotOf(record.stage), { type: event, record, user, now } as never);
  const effects = toEffects(deployment, record, actions, now);
  const next: CaseRecord = { ...record, stage: String(snapshot.value), workflowVersion: workflow.version, version: record.version + 1 };
  return { ok: true, record: applyEffects(next, effects, now), effects, from: record.stage, to: next.stage };
}

/** May this user fire this event on this record now (permission, stage, guards and required forms)? */
export function mayFire(deployment: Deployment, record: CaseRecord, event: string, user: UserContext, now: Date): boolean {
  return checkEvent(deployment, record, event, user, now).ok;
}

type EventCheck =
  | { ok: true; workflow: CompiledWorkflow; target: string }
  | { ok: false; code: Refusal['code']; key: string; params?: Record<string, unknown> };

/** Decides whether a user may fire an event now, and if not, why (the first reason that applies). */
export function checkEvent(deployment: Deployment, record: CaseRecord, event: string, user: UserContext, now: Date, options: FireOptions = {}): EventCheck {
  const ability = createAbility(deployment.roles, user);
  const subject = recordSubject(record);
  if (!options.authorised && !ability.can('read', subject)) return { ok: false, code: 'notFound', key: 'refusal.notFound' };
  const workflow = deployment.workflows.get(deployment.recordType(record.recordType)?.workflow ?? '');
  if (!workflow || !workflow.config.events[event]) return { ok: false, code: 'unknownEvent', key: 'refusal.unknownEvent', params: { event } };
  const stage = workflow.stage(record.stage);
  if (stage?.type === 'final') return { ok: false, code: 'final', key: 'refusal.final' };
  const candidates = workflow.transitionsFrom(record.stage, event);
  const stageLabel = `stage:${workflow.id}/${record.stage}`;
  if (candidates.length === 0) return { ok: false, code: 'notAvailable', key: 'refusal.notAvailable', params: { event: `event:${event}`, stage: stageLabel } };
  if (!options.authorised && !ability.can('fire', subject, event)) return { ok: false, code: 'forbidden', key: 'refusal.forbidden', params: { event: `event:${event}` } };
  const context = { record, user, now };
  const taken = candidates.find((t) => !t.guard || deployment.guard(t.guard.type)?.evaluate(context, t.guard.params ?? {}));
  if (!taken) {
    const guard = candidates[0]!.guard!;
    const reason = deployment.guard(guard.type)?.explain?.(context, guard.params ?? {}) ?? { key: 'refusal.conditionFailed' };
    return { ok: false, code: 'guardFailed', key: reason.key, params: reason.params };
  }
  const missing = (workflow.stage(taken.target)?.meta.requiredForms ?? []).find((f) => record.forms[f]?.status !== 'complete');
  if (missing) return { ok: false, code: 'formIncomplete', key: 'refusal.formIncomplete', params: { form: `form:${missing}` } };
  return { ok: true, workflow, target: taken.target };
}
