// Live checks of a workflow as the admin draws it: unreachable stages, dead ends, missing targets, unfireable events.
import { escapePointer, stagesOf, transitionsOf, type RolesFile, type WorkflowConfig } from './model.ts';
import { rolesFiring } from './roleRules.ts';

export type WarningCode = 'missingInitial' | 'unreachable' | 'deadEnd' | 'finalWithTransitions' | 'missingTarget' | 'undeclaredEvent' | 'unusedEvent' | 'unfireable';

export interface WorkflowWarning {
  code: WarningCode;
  /** JSON pointer in the workflow file of the place to fix. */
  pointer: string;
  stage?: string;
  event?: string;
  target?: string;
}

/**
 * Checks a workflow's graph. `roles` is roles.json and `recordTypes` the record types using the workflow (a `fire`
 * rule limited to other record types does not count). Pure: the same input always gives the same warnings, in order.
 */
export function analyzeWorkflow(workflow: WorkflowConfig, roles: RolesFile | undefined, recordTypes: readonly string[]): WorkflowWarning[] {
  const warnings: WorkflowWarning[] = [];
  const stages = stagesOf(workflow);
  const transitions = transitionsOf(workflow);
  const initial = workflow.machine.initial;
  const at = (stage: string) => `/machine/states/${escapePointer(stage)}`;

  if (!stages[initial]) warnings.push({ code: 'missingInitial', pointer: '/machine/initial', stage: initial });

  const reached = new Set<string>();
  const queue = stages[initial] ? [initial] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const t of transitions) if (t.stage === id && stages[t.transition.target] && !reached.has(t.transition.target)) queue.push(t.transition.target);
  }

  for (const [id, stage] of Object.entries(stages)) {
    const outgoing = transitions.filter((t) => t.stage === id);
    if (stages[initial] && !reached.has(id)) warnings.push({ code: 'unreachable', pointer: at(id), stage: id });
    if (stage.type !== 'final' && outgoing.length === 0) warnings.push({ code: 'deadEnd', pointer: at(id), stage: id });
    if (stage.type === 'final' && outgoing.length > 0) warnings.push({ code: 'finalWithTransitions', pointer: `${at(id)}/on`, stage: id });
  }

  const declared = workflow.events ?? {};
  const undeclared = new Set<string>();
  for (const t of transitions) {
    if (!stages[t.transition.target]) warnings.push({ code: 'missingTarget', pointer: `${t.pointer}/target`, stage: t.stage, event: t.event, target: t.transition.target });
    if (!declared[t.event] && !undeclared.has(`${t.stage}/${t.event}`)) {
      undeclared.add(`${t.stage}/${t.event}`);
      warnings.push({ code: 'undeclaredEvent', pointer: `${at(t.stage)}/on/${escapePointer(t.event)}`, stage: t.stage, event: t.event });
    }
  }

  const used = [...new Set(transitions.map((t) => t.event))];
  for (const event of Object.keys(declared)) {
    if (!used.includes(event)) warnings.push({ code: 'unusedEvent', pointer: `/events/${escapePointer(event)}`, event });
  }
  for (const event of used) {
    if (rolesFiring(roles, event, recordTypes).length === 0) warnings.push({ code: 'unfireable', pointer: `/events/${escapePointer(event)}`, event });
  }
  return warnings;
}
