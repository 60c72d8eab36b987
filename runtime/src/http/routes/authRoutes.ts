// Sign-in, sign-out and the signed-in user.
import type Router from '@koa/router';
import type { Services } from '../../services';
import { cookieName, forgetSessions, sessionPolicy, signIn, signOut } from '../../auth/sessions';
import { readJson } from '../readJson';
import { validateInput } from '../validateInput';
import { deploymentOf, requireAuth } from '../context';
import { isNationalAdmin } from '../../config/adminAccess';
import { problems } from '../problem';
import type { UserDoc } from '../../store/models';

const loginSchema = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: { username: { type: 'string', minLength: 1, maxLength: 100 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
};
const meSchema = { type: 'object', additionalProperties: false, properties: { language: { type: 'string', pattern: '^[a-z]{2,3}$' } } };

/** The public view of a user. */
export function publicUser(user: UserDoc) {
  return { id: user._id, username: user.username, name: user.name, state: user.state, roles: user.roles, district: user.district ?? null, office: user.office ?? null, language: user.language ?? null, active: user.active };
}

export function authRoutes(router: Router, services: Services, options: { secureCookies: boolean }): void {
  router.post('/auth/login', async (ctx) => {
    const wait = services.loginLimiter.hit(ctx.ip);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      throw problems.tooManyRequests(wait);
    }
    const body = validateInput<{ username: string; password: string }>(loginSchema, await readJson(ctx, 10_000), 'body');
    const { token, csrfToken, user } = await signIn(services.models, body.username, body.password, ctx.ip);
    ctx.cookies.set(cookieName, token, { httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/', maxAge: sessionPolicy.absoluteMs, overwrite: true });
    ctx.body = { user: publicUser(user), csrfToken, idleTimeoutSeconds: sessionPolicy.idleMs / 1000 };
  });

  router.post('/auth/logout', async (ctx) => {
    const auth = requireAuth(ctx);
    await signOut(services.models, auth.sessionId);
    ctx.cookies.set(cookieName, '', { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 0, overwrite: true });
    ctx.status = 204;
  });

  router.get('/me', async (ctx) => {
    const auth = requireAuth(ctx);
    ctx.body = { user: publicUser(auth.user), csrfToken: auth.csrfToken };
  });

  router.patch('/me', async (ctx) => {
    const auth = requireAuth(ctx);
    const body = validateInput<{ language?: string }>(meSchema, await readJson(ctx, 10_000), 'body');
    // National users have no state deployment: they choose among the interface languages.
    const languages = services.states.get(auth.user.state)?.manifest.languages ?? (isNationalAdmin(auth.user) ? ['en', 'hi'] : deploymentOf(services, auth.user).manifest.languages);
    if (body.language && !languages.includes(body.language)) {
      throw problems.badRequest(`"${body.language}" is not a language of this state`, [{ pointer: '/language', message: 'not a language of this state' }]);
    }
    await services.models.users.updateOne({ _id: auth.user._id }, { $set: body });
    forgetSessions({ userId: auth.user._id });
    ctx.body = { user: publicUser({ ...auth.user, ...body }) };
  });
}
