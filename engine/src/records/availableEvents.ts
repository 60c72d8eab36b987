import type { Actor } from './createRecord';
import type { CaseRecord } from './CaseRecord';
import { checkEvent } from './fireEvent';

/** An event the user may fire now, with its label and confirmation question in the user's language. */
export interface AvailableEvent {
  event: string;
  label: string;
  confirm?: string;
  target: string;
}

/** The events of the record's stage this user may fire now: permitted, guards passing, required forms complete. */
export function availableEvents(actor: Actor, record: CaseRecord): AvailableEvent[] {
  const { deployment, user, now, lang } = actor;
  const workflow = deployment.workflows.get(deployment.recordType(record.recordType)?.workflow ?? '');
  const stage = workflow?.stage(record.stage);
  if (!workflow || !stage) return [];
  const out: AvailableEvent[] = [];
  for (const event of Object.keys(stage.on ?? {})) {
    const check = checkEvent(deployment, record, event, user, now);
    if (!check.ok) continue;
    const config = workflow.config.events[event]!;
    const t = deployment.translator.t;
    out.push({ event, label: t(lang, config.label), ...(config.confirm ? { confirm: t(lang, config.confirm) } : {}), target: check.target });
  }
  return out;
}
