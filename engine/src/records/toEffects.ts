import type { Deployment } from '../config/compileDeployment';
import { readPath } from '../forms/fieldPaths';
import { addDurationInZone, startOfDay } from '../workflows/duration';
import type { CaseRecord } from './CaseRecord';
import type { Effect } from './Effect';

/** Turns the actions XState returned into effects, computing deadline instants from now or a date field. */
export function toEffects(deployment: Deployment, record: CaseRecord, actions: readonly { type: string; params?: unknown }[], now: Date): Effect[] {
  return actions.flatMap((action): Effect[] => {
    const p = (action.params ?? {}) as Record<string, unknown>;
    switch (action.type) {
      case 'setDeadline':
        return [{ type: 'setDeadline', id: String(p.id), label: String(p.label), due: deadlineStart(deployment, record, p.from, now, String(p.after)), roles: (p.roles as string[]) ?? [] }];
      case 'clearDeadline':
        return [{ type: 'clearDeadline', id: String(p.id) }];
      case 'assign':
        return [{ type: 'assign', role: String(p.role) }];
      case 'notify':
        return [{ type: 'notify', template: String(p.template), roles: (p.roles as string[]) ?? [] }];
      default:
        return action.type.startsWith('xstate.') ? [] : [{ type: 'plugin', action: action.type, params: p }];
    }
  });
}

/** A deadline counts from a date field when it is filled (the statutory start), otherwise from now. */
function deadlineStart(deployment: Deployment, record: CaseRecord, from: unknown, now: Date, after: string): string {
  let start = now;
  if (typeof from === 'string' && from !== 'now') {
    const [formId, ...rest] = from.split('.');
    const value = readPath(record.forms[formId!]?.data, rest.join('.'));
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) start = startOfDay(value, deployment.manifest.timeZone);
    else if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) start = new Date(value);
  }
  return addDurationInZone(start, after, deployment.manifest.timeZone).toISOString();
}
