import type { CaseRecord } from './CaseRecord';

/** Something the runtime must do after a transition; the engine only describes it. */
export type Effect =
  | { type: 'setDeadline'; id: string; label: string; due: string; roles: string[] }
  | { type: 'clearDeadline'; id: string }
  | { type: 'assign'; role: string }
  | { type: 'notify'; template: string; roles: string[] }
  | { type: 'plugin'; action: string; params: Record<string, unknown> };

/** Applies the effects the engine owns (deadlines) to a record; the others are for the runtime's plugins. */
export function applyEffects(record: CaseRecord, effects: readonly Effect[], now: Date): CaseRecord {
  const deadlines = { ...record.deadlines };
  for (const effect of effects) {
    if (effect.type === 'setDeadline') deadlines[effect.id] = { id: effect.id, label: effect.label, due: effect.due, roles: effect.roles, setAt: now.toISOString() };
    if (effect.type === 'clearDeadline') delete deadlines[effect.id];
  }
  return { ...record, deadlines };
}

/** Ids of deadlines whose due instant has passed. */
export function overdueDeadlines(record: CaseRecord, now: Date): string[] {
  return Object.values(record.deadlines)
    .filter((d) => Date.parse(d.due) <= now.getTime())
    .map((d) => d.id)
    .sort();
}
