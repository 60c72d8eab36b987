import { initialTransition } from 'xstate';
import type { Deployment } from '../config/compileDeployment';
import { calendarDay } from '../forms/formAjv';
import { createAbility, type UserContext } from '../permissions/createAbility';
import { recordSubject } from '../permissions/fieldAccess';
import type { CaseRecord } from './CaseRecord';
import { applyEffects, type Effect } from './Effect';
import { refuse, type Refusal } from './Refusal';
import { toEffects } from './toEffects';

/** Who acts, when, and in which language refusals are written. */
export interface Actor {
  deployment: Deployment;
  user: UserContext;
  now: Date;
  lang: string;
}

/** Creates a new record in its workflow's initial stage, if the user may create it there. */
export function createRecord(
  actor: Actor,
  input: { id: string; recordType: string; district: string; office?: string },
): { ok: true; record: CaseRecord; effects: Effect[] } | Refusal {
  const { deployment, user, now, lang } = actor;
  const recordType = deployment.recordType(input.recordType);
  const workflow = recordType && deployment.workflows.get(recordType.workflow);
  if (!recordType || !workflow) return refuse(deployment, lang, 'invalidData', 'refusal.invalidData');
  const today = calendarDay(now, deployment.manifest.timeZone);
  const district = deployment.manifest.districts.find((d) => d.code === input.district);
  const districtOpen = district && (!district.effectiveFrom || district.effectiveFrom <= today) && (!district.effectiveTo || today <= district.effectiveTo);
  const office = input.office === undefined ? undefined : deployment.manifest.offices.find((o) => o.id === input.office);
  if (!districtOpen || (input.office !== undefined && office?.district !== input.district)) {
    return refuse(deployment, lang, 'invalidData', 'refusal.invalidData');
  }
  const draft: CaseRecord = {
    id: input.id,
    state: deployment.code,
    recordType: recordType.id,
    district: input.district,
    ...(input.office ? { office: input.office } : {}),
    ownerId: user.id,
    assignees: [user.id],
    stage: workflow.config.machine.initial,
    workflowVersion: workflow.version,
    forms: {},
    deadlines: {},
    createdAt: now.toISOString(),
    version: 1,
  };
  if (!createAbility(deployment.roles, user).can('create', recordSubject(draft))) return refuse(deployment, lang, 'forbidden', 'refusal.forbidden', { event: '' });
  const [snapshot, actions] = initialTransition(workflow.machine, { type: 'xstate.init', record: draft, user, now } as never);
  const effects = toEffects(deployment, draft, actions, now);
  return { ok: true, record: applyEffects({ ...draft, stage: String(snapshot.value) }, effects, now), effects };
}
