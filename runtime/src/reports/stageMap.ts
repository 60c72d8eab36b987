// Which stages of a state's workflows count as open, final, matched and restored in reports — read from the workflow
// configuration by stage and event ids, so a new state gets its figures without code (see README.md beside this file).
import type { Deployment } from '@suraksha/engine';

/** Record types and fields the reports read, per state; every state starts from the defaults. */
export interface ReportSettings {
  /** Record types of missing-child reports. */
  missingTypes: string[];
  /** Record types of found-child reports. */
  foundTypes: string[];
  /** Cases whose pendency is reported, and the field holding the date of first production (`<formId>.<path>`). */
  pendency: { recordTypes: string[]; from: string };
  /** Stage ids that mean "matched with the other side" (a found child matched, a missing child traced). */
  matchedStages: string[];
  /** Stage ids that mean "restored to the family". */
  restoredStages: string[];
  /** Events whose id matches this pattern restore the child, whatever stage they lead to (WB: RESTORE_TO_FAMILY → closed). */
  restoreEvent: RegExp;
}

export const defaultReportSettings: ReportSettings = {
  missingTypes: ['missingChild'],
  foundTypes: ['foundChild'],
  pendency: { recordTypes: ['cncp'], from: 'form17.production.date' },
  matchedStages: ['matched', 'traced', 'matchVerification'],
  restoredStages: ['restored'],
  restoreEvent: /^RESTORE(_|$)/,
};

/** Per-state differences from the defaults (none so far: the three states name their stages alike). */
export const stateReportSettings: Record<string, Partial<ReportSettings>> = {};

export function reportSettings(stateCode: string): ReportSettings {
  return { ...defaultReportSettings, ...stateReportSettings[stateCode] };
}

/** The stages and events of one record type's workflow, classified for reports. */
export interface StageClasses {
  final: Set<string>;
  matched: Set<string>;
  restored: Set<string>;
  restoreEvents: Set<string>;
}

const cache = new WeakMap<Deployment, Map<string, StageClasses>>();

/** Classifies the stages of a record type's workflow (empty sets for an unknown record type). */
export function stageClasses(deployment: Deployment, recordType: string): StageClasses {
  let byType = cache.get(deployment);
  if (!byType) cache.set(deployment, (byType = new Map()));
  const cached = byType.get(recordType);
  if (cached) return cached;
  const settings = reportSettings(deployment.code);
  const workflow = deployment.workflows.get(deployment.recordType(recordType)?.workflow ?? '');
  const stages = Object.entries(workflow?.config.machine.states ?? {});
  const classes: StageClasses = {
    final: new Set(stages.filter(([, s]) => s.type === 'final').map(([id]) => id)),
    matched: new Set(stages.filter(([id]) => settings.matchedStages.includes(id)).map(([id]) => id)),
    restored: new Set(stages.filter(([id]) => settings.restoredStages.includes(id)).map(([id]) => id)),
    restoreEvents: new Set(Object.keys(workflow?.config.events ?? {}).filter((e) => settings.restoreEvent.test(e))),
  };
  byType.set(recordType, classes);
  return classes;
}

/** A query that matches records of the given types that are not in a final stage of their workflow. */
export function openFilter(deployment: Deployment, recordTypes: readonly string[]): Record<string, unknown> {
  return { $or: recordTypes.map((recordType) => ({ recordType, stage: { $nin: [...stageClasses(deployment, recordType).final] } })) };
}
