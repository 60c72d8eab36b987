// What every authenticated request carries, and how an Actor for the engine is made from it.
import type { Context } from 'koa';
import type { Actor, Deployment, UserContext } from '@suraksha/engine';
import type { UserDoc } from '../store/models';
import type { Services } from '../services';
import { HttpProblem, problems } from './problem';

export interface AuthState {
  user: UserDoc;
  csrfToken: string;
  sessionId: string;
}

/** The trusted attributes of the signed-in user, for CASL (never taken from the request body). */
export function userContext(user: UserDoc): UserContext {
  return { id: user._id, state: user.state, roles: user.roles, ...(user.district ? { district: user.district } : {}), ...(user.office ? { office: user.office } : {}) };
}

/** The signed-in user, or 401. */
export function requireAuth(ctx: Context): AuthState {
  const auth = ctx.state.auth as AuthState | undefined;
  if (!auth) throw problems.unauthenticated();
  return auth;
}

/** The state deployment serving this user; 503 when its configuration is invalid and it is not served. */
export function deploymentOf(services: Services, user: UserDoc): Deployment {
  const deployment = services.states.get(user.state);
  if (!deployment) throw new HttpProblem(503, 'stateUnavailable', 'State not available', `The configuration of state ${user.state} is not being served; see the server log.`);
  return deployment;
}

/** The language for this request: ?lang= if the state has it, else the user's choice, else the state's default. */
export function languageOf(ctx: Context, deployment: Deployment, user?: UserDoc): string {
  const asked = typeof ctx.query.lang === 'string' ? ctx.query.lang : undefined;
  const languages = deployment.manifest.languages;
  for (const lang of [asked, user?.language]) if (lang && languages.includes(lang)) return lang;
  return languages[0]!;
}

/** The engine's Actor for this request. */
export function actorOf(ctx: Context, services: Services): Actor {
  const { user } = requireAuth(ctx);
  const deployment = deploymentOf(services, user);
  return { deployment, user: userContext(user), now: new Date(), lang: languageOf(ctx, deployment, user) };
}
