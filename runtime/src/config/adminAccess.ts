// Who may administer a state's configuration: its own state admins, or a national admin for every state.
import type { Context } from 'koa';
import { subject } from '@casl/ability';
import { createAbility } from '@suraksha/engine';
import type { Services } from '../services';
import type { UserDoc } from '../store/models';
import { requireAuth, userContext } from '../http/context';
import { problems } from '../http/problem';

/** The pseudo-state of national users, and the role that lets them administer every state. */
export const nationalState = 'IN';
export const nationalAdminRole = 'nationalAdmin';

/** True for a user who may administer every state and create new ones. */
export function isNationalAdmin(user: Pick<UserDoc, 'state' | 'roles'>): boolean {
  return user.state === nationalState && user.roles.includes(nationalAdminRole);
}

/** True when the user may administer the configuration of their own state (`manage configuration` in its roles). */
export function managesOwnConfiguration(services: Services, user: UserDoc): boolean {
  const deployment = services.states.get(user.state);
  if (!deployment) return false;
  return createAbility(deployment.roles, userContext(user)).can(
    'manage',
    subject('configuration', { state: user.state }),
  );
}

/**
 * The signed-in user, if they may administer state `code`: 401 when not signed in, 403 when not an admin
 * of that state, 404 when a national admin names a state that does not exist.
 */
export function requireConfigAdmin(
  ctx: Context,
  services: Services,
  code: string,
): { user: UserDoc; national: boolean } {
  const { user } = requireAuth(ctx);
  if (isNationalAdmin(user)) {
    if (!services.states.has(code)) throw problems.notFound(`There is no state "${code}".`);
    return { user, national: true };
  }
  if (user.state !== code || !managesOwnConfiguration(services, user))
    throw problems.forbidden('Only an admin of this state may administer its configuration.');
  return { user, national: false };
}
