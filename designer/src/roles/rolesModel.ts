// Roles as a matrix: which CASL rules of roles.json the designer can show as cells, and edits that keep every other rule.
//
// A rule is shown in the matrix ("simple") when it is one of:
//   - a grant of create/read/update/assign on `record`, no `fields`, conditions only a scope and a record type;
//   - a grant of `fire` on `record` whose `fields` are event names, conditions only a scope and a record type;
//   - a `cannot` read/update on `record` of listed fields with no conditions (field-level rule for sensitive fields).
// A scope is `{ office: "${user.office}" }`, `{ district: "${user.district}" }` or nothing (the whole state: the engine
// confines every rule to the user's state). A record type is `recordType: "x"` or `recordType: { $in: [...] }`, or
// absent (every type). Every other rule is "advanced": shown as JSON and never changed, so nothing is lost.

export const recordActions = ['create', 'read', 'update', 'assign'] as const;
export type RecordAction = (typeof recordActions)[number];
export const scopes = ['none', 'office', 'district', 'state'] as const;
export type Scope = (typeof scopes)[number];
export type FieldAction = 'read' | 'update';

export interface Rule {
  action: string | string[];
  subject: string | string[];
  fields?: string | string[];
  conditions?: Record<string, unknown>;
  inverted?: boolean;
  reason?: string;
}

export interface Role {
  label: string;
  description?: string;
  officeTypes?: string[];
  rules: Rule[];
}

export interface RolesFile {
  $schema?: string;
  roles: Record<string, Role>;
}

const placeholders = { office: '${user.office}', district: '${user.district}' } as const;
const rank: Record<Scope, number> = { none: 0, office: 1, district: 2, state: 3 };

/** What a simple grant rule covers. `types` undefined = every record type. */
interface Grant {
  kind: 'grant';
  action: RecordAction | 'fire';
  scope: Exclude<Scope, 'none'>;
  types?: string[];
  events?: string[];
}
interface Deny {
  kind: 'deny';
  action: FieldAction;
  fields: string[];
}
type Classified = Grant | Deny | { kind: 'advanced' };

function single(value: string | string[] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.length === 1 ? value[0] : undefined;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/** Classifies a rule as a matrix cell source (grant or deny) or advanced. */
export function classify(rule: Rule): Classified {
  const action = single(rule.action);
  if (single(rule.subject) !== 'record' || !action) return { kind: 'advanced' };
  const keys = Object.keys(rule);
  if (keys.some((k) => !['action', 'subject', 'fields', 'conditions', 'inverted', 'reason'].includes(k))) return { kind: 'advanced' };
  if (rule.inverted) {
    if ((action !== 'read' && action !== 'update') || rule.conditions !== undefined || list(rule.fields).length === 0) return { kind: 'advanced' };
    return { kind: 'deny', action, fields: list(rule.fields) };
  }
  if (rule.reason !== undefined) return { kind: 'advanced' };
  const isFire = action === 'fire';
  if (!isFire && !(recordActions as readonly string[]).includes(action)) return { kind: 'advanced' };
  if (isFire ? list(rule.fields).length === 0 : rule.fields !== undefined) return { kind: 'advanced' };
  const conditions = rule.conditions ?? {};
  const extra = Object.keys(conditions).filter((k) => k !== 'office' && k !== 'district' && k !== 'recordType');
  if (extra.length > 0) return { kind: 'advanced' };
  if ('office' in conditions && 'district' in conditions) return { kind: 'advanced' };
  if ('office' in conditions && conditions.office !== placeholders.office) return { kind: 'advanced' };
  if ('district' in conditions && conditions.district !== placeholders.district) return { kind: 'advanced' };
  let types: string[] | undefined;
  if ('recordType' in conditions) {
    const value = conditions.recordType;
    if (typeof value === 'string') types = [value];
    else if (value && typeof value === 'object' && Object.keys(value).length === 1 && Array.isArray((value as { $in?: unknown }).$in) && (value as { $in: unknown[] }).$in.every((v) => typeof v === 'string') && (value as { $in: string[] }).$in.length > 0) types = [...(value as { $in: string[] }).$in];
    else return { kind: 'advanced' };
  }
  const scope = 'office' in conditions ? 'office' : 'district' in conditions ? 'district' : 'state';
  return { kind: 'grant', action: action as RecordAction | 'fire', scope, ...(types ? { types } : {}), ...(isFire ? { events: list(rule.fields) } : {}) };
}

function covers(grant: Grant, type: string): boolean {
  return !grant.types || grant.types.includes(type);
}

/** The scope at which a role may do a record action on records of a type (the widest of its simple grants). */
export function recordScope(role: Role, action: RecordAction, type: string): Scope {
  let best: Scope = 'none';
  for (const rule of role.rules) {
    const c = classify(rule);
    if (c.kind === 'grant' && c.action === action && covers(c, type) && rank[c.scope] > rank[best]) best = c.scope;
  }
  return best;
}

/** The scope at which a role may fire an event on records of a type. */
export function eventScope(role: Role, event: string, type: string): Scope {
  let best: Scope = 'none';
  for (const rule of role.rules) {
    const c = classify(rule);
    if (c.kind === 'grant' && c.action === 'fire' && covers(c, type) && c.events!.includes(event) && rank[c.scope] > rank[best]) best = c.scope;
  }
  return best;
}

/** Whether a field-level `cannot` rule denies the role reading (or writing) a field. */
export function isDenied(role: Role, action: FieldAction, field: string): boolean {
  return role.rules.some((rule) => {
    const c = classify(rule);
    return c.kind === 'deny' && c.action === action && c.fields.includes(field);
  });
}

/** The rules the matrix cannot show, with their index in the role's rules. */
export function advancedRules(role: Role): { index: number; rule: Rule }[] {
  return role.rules.flatMap((rule, index) => (classify(rule).kind === 'advanced' ? [{ index, rule }] : []));
}

/**
 * Whether the role has advanced grants of an action that may apply to records of `type` (the cell may not tell the
 * whole story): a rule naming another record type does not count.
 */
export function hasAdvanced(role: Role, action: string, type?: string): boolean {
  return role.rules.some((rule) => {
    if (rule.inverted || !list(rule.action).includes(action) || !list(rule.subject).some((s) => s === 'record' || s === 'all') || classify(rule).kind !== 'advanced') return false;
    const recordType = rule.conditions?.recordType;
    if (type === undefined || recordType === undefined) return true;
    if (typeof recordType === 'string') return recordType === type;
    const within = (recordType as { $in?: unknown }).$in;
    return !Array.isArray(within) || within.includes(type);
  });
}

/** The fields any role denies by a field-level rule, in order of first appearance. */
export function sensitiveFields(roles: RolesFile): string[] {
  const seen = new Set<string>();
  for (const role of Object.values(roles.roles)) {
    for (const rule of role.rules) {
      const c = classify(rule);
      if (c.kind === 'deny') c.fields.forEach((f) => seen.add(f));
    }
  }
  return [...seen];
}

function scopeConditions(scope: Exclude<Scope, 'none'>): Record<string, string> {
  return scope === 'office' ? { office: placeholders.office } : scope === 'district' ? { district: placeholders.district } : {};
}

function withTypes(rule: Rule, types: string[]): Rule {
  const conditions: Record<string, unknown> = { ...rule.conditions };
  conditions.recordType = types.length === 1 ? types[0] : { $in: types };
  return { ...rule, conditions };
}

function grantRule(action: string, scope: Exclude<Scope, 'none'>, type: string, events?: string[]): Rule {
  return { action, subject: 'record', ...(events ? { fields: events } : {}), conditions: { ...scopeConditions(scope), recordType: type } };
}

/** Where a new grant goes: after the last grant (cannot rules stay last, as in the states' files). */
function insertGrant(rules: Rule[], rule: Rule): Rule[] {
  let at = rules.length;
  while (at > 0 && rules[at - 1]!.inverted) at--;
  return [...rules.slice(0, at), rule, ...rules.slice(at)];
}

/**
 * Removes (action, type[, event]) from the role's simple grants, keeping each rule's place: a rule covering other
 * types keeps them, a fire rule covering other events keeps those (split when it covers both).
 */
function withdraw(rules: Rule[], action: RecordAction | 'fire', type: string, allTypes: readonly string[], event?: string): Rule[] {
  const out: Rule[] = [];
  for (const rule of rules) {
    const c = classify(rule);
    if (c.kind !== 'grant' || c.action !== action || !covers(c, type) || (event !== undefined && !c.events!.includes(event))) {
      out.push(rule);
      continue;
    }
    const otherTypes = (c.types ?? [...allTypes]).filter((t) => t !== type);
    if (event === undefined || c.events!.length === 1) {
      if (otherTypes.length > 0) out.push(withTypes(rule, otherTypes));
      continue;
    }
    // A fire rule of several events: keep the other events for every type, and this event for the other types.
    out.push({ ...rule, fields: c.events!.filter((e) => e !== event) });
    if (otherTypes.length > 0) out.push(withTypes({ ...rule, fields: [event] }, otherTypes));
  }
  return out;
}

/** Sets the scope of a record action on a record type (`none` takes it away). Unchanged when already so. */
export function setRecordScope(role: Role, action: RecordAction, type: string, scope: Scope, allTypes: readonly string[]): Role {
  if (recordScope(role, action, type) === scope) return role;
  let rules = withdraw(role.rules, action, type, allTypes);
  if (scope !== 'none') {
    const host = rules.findIndex((r) => {
      const c = classify(r);
      return c.kind === 'grant' && c.action === action && c.scope === scope && c.types !== undefined;
    });
    if (host >= 0) rules = rules.map((r, i) => (i === host ? withTypes(r, [...(classify(r) as Grant).types!, type]) : r));
    else rules = insertGrant(rules, grantRule(action, scope, type));
  }
  return { ...role, rules };
}

/** Sets the scope at which a role may fire an event on a record type (`none` takes it away). */
export function setEventScope(role: Role, event: string, type: string, scope: Scope, allTypes: readonly string[]): Role {
  if (eventScope(role, event, type) === scope) return role;
  let rules = withdraw(role.rules, 'fire', type, allTypes, event);
  if (scope !== 'none') {
    const host = rules.findIndex((r) => {
      const c = classify(r);
      return c.kind === 'grant' && c.action === 'fire' && c.scope === scope && c.types?.length === 1 && c.types[0] === type;
    });
    if (host >= 0) rules = rules.map((r, i) => (i === host ? { ...r, fields: [...list(r.fields), event] } : r));
    else rules = insertGrant(rules, grantRule('fire', scope, type, [event]));
  }
  return { ...role, rules };
}

/** Denies (or allows again) reading or writing a field by a field-level `cannot` rule. */
export function setDenied(role: Role, action: FieldAction, field: string, denied: boolean, reason?: string): Role {
  if (isDenied(role, action, field) === denied) return role;
  if (!denied) {
    const rules = role.rules.flatMap((rule) => {
      const c = classify(rule);
      if (c.kind !== 'deny' || c.action !== action || !c.fields.includes(field)) return [rule];
      const rest = c.fields.filter((f) => f !== field);
      return rest.length ? [{ ...rule, fields: rest }] : [];
    });
    return { ...role, rules };
  }
  const host = role.rules.findIndex((rule) => {
    const c = classify(rule);
    return c.kind === 'deny' && c.action === action;
  });
  if (host >= 0) return { ...role, rules: role.rules.map((r, i) => (i === host ? { ...r, fields: [...list(r.fields), field] } : r)) };
  return { ...role, rules: [...role.rules, { action, subject: 'record', fields: [field], inverted: true, ...(reason ? { reason } : {}) }] };
}

/** The reason key the state's field-level rules use (for a new one), if any. */
export function usualReason(roles: RolesFile): string | undefined {
  for (const role of Object.values(roles.roles)) for (const rule of role.rules) if (classify(rule).kind === 'deny' && rule.reason) return rule.reason;
  return undefined;
}

/** Fields the forms mark `x-sensitive`, as record field paths (`form22.identity.caste`), in form and field order. */
export function sensitiveFormFields(files: Readonly<Record<string, unknown>>, slug: string): string[] {
  const found: string[] = [];
  const walk = (schema: unknown, path: string) => {
    if (!schema || typeof schema !== 'object') return;
    const node = schema as { properties?: Record<string, unknown>; items?: unknown; 'x-sensitive'?: unknown };
    if (node['x-sensitive'] && path.includes('.')) found.push(path);
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${name}`);
    if (node.items && typeof node.items === 'object') walk({ ...(node.items as object), 'x-sensitive': undefined }, path);
  };
  for (const [file, value] of Object.entries(files)) {
    if (!file.startsWith(`form-definitions/${slug}/forms/`)) continue;
    const form = value as { id?: string; schema?: unknown };
    if (form?.id) walk(form.schema, form.id);
  }
  return found;
}
