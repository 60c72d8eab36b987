// Which roles may fire a workflow's events (the `fire` rules of roles.json), and changing that without touching other rules.
import type { RolesFile, RuleConfig } from './model.ts';

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The record types a rule's `recordType` condition covers, or undefined when it has none (every record type). */
function ruleRecordTypes(rule: RuleConfig): string[] | undefined {
  const condition = rule.conditions?.recordType;
  if (condition === undefined) return undefined;
  if (typeof condition === 'string') return [condition];
  if (condition && typeof condition === 'object' && Array.isArray((condition as { $in?: unknown }).$in)) return (condition as { $in: string[] }).$in;
  return undefined;
}

function isFireRule(rule: RuleConfig): boolean {
  if (rule.inverted) return false;
  const actions = asList(rule.action as string | string[]);
  const subjects = asList(rule.subject as string | string[]);
  const onRecords = subjects.includes('record') || subjects.includes('all');
  return onRecords && (actions.includes('fire') || actions.includes('manage'));
}

/** Whether a rule lets its role fire `event` on records of one of `recordTypes` (a rule limited to a stage still counts). */
export function ruleAllowsFire(rule: RuleConfig, event: string, recordTypes: readonly string[]): boolean {
  if (!isFireRule(rule)) return false;
  const covered = ruleRecordTypes(rule);
  if (covered && recordTypes.length > 0 && !covered.some((rt) => recordTypes.includes(rt))) return false;
  const fields = asList(rule.fields as string | string[] | undefined);
  return fields.length === 0 || fields.includes(event) || fields.includes('*') || fields.includes('**');
}

/** The roles that may fire an event of a workflow used by `recordTypes`. */
export function rolesFiring(roles: RolesFile | undefined, event: string, recordTypes: readonly string[]): string[] {
  return Object.entries(roles?.roles ?? {})
    .filter(([, role]) => (role.rules ?? []).some((rule) => ruleAllowsFire(rule, event, recordTypes)))
    .map(([id]) => id);
}

const recordTypeCondition = (recordTypes: readonly string[]) => (recordTypes.length === 1 ? recordTypes[0]! : { $in: [...recordTypes] });

/**
 * Returns roles.json with `role` allowed (or no longer allowed) to fire `event` on `recordTypes`. Other events, other
 * record types and other rules keep their meaning: a shared rule is split rather than narrowed for everyone.
 * `allRecordTypes` is every record type of the state (for rules without a recordType condition).
 */
export function setFireRule(roles: RolesFile, role: string, event: string, recordTypes: readonly string[], allRecordTypes: readonly string[], allowed: boolean): RolesFile {
  const next = structuredClone(roles);
  const config = next.roles[role];
  if (!config) return roles;
  const rules = config.rules;
  const explicit = (rule: RuleConfig) => isFireRule(rule) && asList(rule.action as string | string[]).includes('fire') && asList(rule.fields as string | string[] | undefined).length > 0;
  if (allowed) {
    if (rules.some((rule) => ruleAllowsFire(rule, event, recordTypes) && !rule.conditions?.stage)) return roles;
    // Add the event to a fire rule for exactly these record types, else write a new rule like the role's other record rules.
    const same = rules.find((rule) => explicit(rule) && !rule.conditions?.stage && sameSet(ruleRecordTypes(rule) ?? allRecordTypes, recordTypes));
    if (same) same.fields = [...asList(same.fields as string | string[]), event];
    else {
      const model = rules.find((rule) => !rule.inverted && asList(rule.subject as string | string[]).includes('record'));
      const conditions: Record<string, unknown> = { ...(model?.conditions ?? {}) };
      delete conditions.stage;
      delete conditions.recordType;
      if (recordTypes.length > 0) conditions.recordType = recordTypeCondition(recordTypes);
      rules.push({ action: 'fire', subject: 'record', fields: [event], ...(Object.keys(conditions).length ? { conditions } : {}) } as RuleConfig);
    }
    return next;
  }
  const kept: RuleConfig[] = [];
  for (const rule of rules) {
    if (!explicit(rule) || !ruleAllowsFire(rule, event, recordTypes) || !asList(rule.fields as string | string[]).includes(event)) {
      kept.push(rule);
      continue;
    }
    const fields = asList(rule.fields as string | string[]).filter((f) => f !== event);
    if (fields.length > 0) kept.push({ ...rule, fields });
    // The record types this rule covered beyond this workflow keep the event in a rule of their own.
    const others = (ruleRecordTypes(rule) ?? allRecordTypes).filter((rt) => !recordTypes.includes(rt));
    if (others.length > 0) kept.push({ ...rule, fields: [event], conditions: { ...(rule.conditions ?? {}), recordType: recordTypeCondition(others) } });
  }
  config.rules = kept;
  return next;
}

/** Removes events that no workflow has any more from every fire rule (dropping rules left without events). */
export function pruneFireRules(roles: RolesFile, existingEvents: ReadonlySet<string>): RolesFile {
  let changed = false;
  const next = structuredClone(roles);
  for (const role of Object.values(next.roles)) {
    role.rules = role.rules.flatMap((rule) => {
      if (!asList(rule.action as string | string[]).includes('fire') || rule.fields === undefined) return [rule];
      const fields = asList(rule.fields as string | string[]);
      const kept = fields.filter((f) => existingEvents.has(f) || f.includes('*'));
      if (kept.length === fields.length) return [rule];
      changed = true;
      return kept.length > 0 ? [{ ...rule, fields: kept }] : [];
    });
  }
  return changed ? next : roles;
}

/** Renames a stage in the `stage` conditions of rules that apply to `recordTypes`. */
export function renameStageInRules(roles: RolesFile, from: string, to: string, recordTypes: readonly string[]): RolesFile {
  let changed = false;
  const next = structuredClone(roles);
  for (const role of Object.values(next.roles)) {
    for (const rule of role.rules) {
      const covered = ruleRecordTypes(rule);
      if (!rule.conditions || (covered && !covered.some((rt) => recordTypes.includes(rt)))) continue;
      const stage = rule.conditions.stage;
      if (stage === from) {
        rule.conditions.stage = to;
        changed = true;
      } else if (stage && typeof stage === 'object' && Array.isArray((stage as { $in?: unknown }).$in)) {
        const list = (stage as { $in: string[] }).$in;
        if (list.includes(from)) {
          (stage as { $in: string[] }).$in = list.map((s) => (s === from ? to : s));
          changed = true;
        }
      }
    }
  }
  return changed ? next : roles;
}

/** Drops a deleted stage from the `stage` conditions of rules for `recordTypes` (a rule only for that stage goes). */
export function removeStageFromRules(roles: RolesFile, stageId: string, recordTypes: readonly string[]): RolesFile {
  let changed = false;
  const next = structuredClone(roles);
  for (const role of Object.values(next.roles)) {
    role.rules = role.rules.flatMap((rule) => {
      const covered = ruleRecordTypes(rule);
      const stage = rule.conditions?.stage;
      if (stage === undefined || (covered && !covered.some((rt) => recordTypes.includes(rt)))) return [rule];
      if (stage === stageId) {
        changed = true;
        return [];
      }
      if (stage && typeof stage === 'object' && Array.isArray((stage as { $in?: unknown }).$in)) {
        const list = (stage as { $in: string[] }).$in;
        if (!list.includes(stageId)) return [rule];
        changed = true;
        const rest = list.filter((s) => s !== stageId);
        return rest.length > 0 ? [{ ...rule, conditions: { ...rule.conditions, stage: { $in: rest } } }] : [];
      }
      return [rule];
    });
  }
  return changed ? next : roles;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
