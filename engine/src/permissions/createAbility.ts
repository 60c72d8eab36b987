import { createMongoAbility, fieldPatternMatcher, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { RolesConfig, RuleConfig } from '../model/rolesSchema';

/** The trusted attributes of a signed-in user (from the session, never from the request body). */
export interface UserContext {
  id: string;
  state: string;
  roles: readonly string[];
  district?: string;
  office?: string;
}

export type AppAbility = MongoAbility;

const placeholder = /^\$\{user\.(id|state|district|office)\}$/;

// Abilities are immutable once built, so the same roles and user attributes can share one (bounded per roles object).
const cache = new WeakMap<RolesConfig, Map<string, AppAbility>>();
const cacheLimit = 2000;

/** Builds the user's CASL ability from their roles; every rule is confined to the user's state. */
export function createAbility(roles: RolesConfig, user: UserContext): AppAbility {
  const key = JSON.stringify([user.id, user.state, user.district ?? null, user.office ?? null, user.roles]);
  let byUser = cache.get(roles);
  if (!byUser) cache.set(roles, (byUser = new Map()));
  const cached = byUser.get(key);
  if (cached) return cached;
  const ability = buildAbility(roles, user);
  if (byUser.size >= cacheLimit) byUser.delete(byUser.keys().next().value!);
  byUser.set(key, ability);
  return ability;
}

function buildAbility(roles: RolesConfig, user: UserContext): AppAbility {
  const rules: RawRuleOf<AppAbility>[] = [];
  for (const roleId of user.roles) {
    for (const rule of roles.roles[roleId]?.rules ?? []) {
      const resolved = resolveRule(rule, user);
      if (resolved) rules.push(resolved);
    }
  }
  // Cannot rules must come last: CASL gives later rules priority.
  rules.sort((a, b) => Number(Boolean(a.inverted)) - Number(Boolean(b.inverted)));
  return createMongoAbility(rules, { fieldMatcher: fieldPatternMatcher });
}

/** Fills placeholders; a can-rule whose placeholder the user lacks is dropped, a cannot-rule then applies everywhere. */
function resolveRule(rule: RuleConfig, user: UserContext): RawRuleOf<AppAbility> | undefined {
  const { reason: _reason, conditions: _conditions, ...rest } = rule;
  let unresolved = false;
  const conditions = rule.conditions
    ? (substitute(rule.conditions, user, () => (unresolved = true)) as Record<string, unknown>)
    : undefined;
  if (unresolved && !rule.inverted) return undefined;
  const withState = rule.inverted && unresolved ? undefined : { ...conditions, state: user.state };
  return { ...rest, ...(withState ? { conditions: withState } : {}) } as RawRuleOf<AppAbility>;
}

function substitute(value: unknown, user: UserContext, onMissing: () => void): unknown {
  if (typeof value === 'string') {
    const match = placeholder.exec(value);
    if (!match) return value;
    const attribute = user[match[1] as 'id' | 'state' | 'district' | 'office'];
    if (attribute === undefined) onMissing();
    return attribute;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, user, onMissing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, user, onMissing)]));
  }
  return value;
}
