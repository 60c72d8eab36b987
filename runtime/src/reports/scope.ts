// Who may read reports, and of which records: the state's own CASL rules decide both.
import { accessibleBy } from '@casl/mongoose';
import { createAbility, type Actor } from '@suraksha/engine';
import type { Scope } from './figures';

/**
 * Reports need `read` on the `report` subject in the state's roles (roles.json: dcpo, cwcMember, stateAdmin … as each
 * state configures). The figures then count only the records the viewer may read, further narrowed by the
 * conditions of their report rule (e.g. `district: ${user.district}`), always within their state.
 * Returns undefined when the viewer may not read reports at all.
 */
export function reportScope(actor: Actor): Scope | undefined {
  const ability = createAbility(actor.deployment.roles, actor.user);
  if (!ability.can('read', 'report')) return undefined;
  if (!ability.can('read', 'record')) return null;
  return { $and: [accessibleBy(ability, 'read').ofType('record'), accessibleBy(ability, 'read').ofType('report'), { state: actor.deployment.code }] };
}
