// State admins manage the users of their state: create, give roles, district and office, deactivate.
import { randomUUID } from 'node:crypto';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { subject } from '@casl/ability';
import { createAbility, type Deployment } from '@suraksha/engine';
import type { Services } from '../../services';
import type { UserDoc } from '../../store/models';
import { checkPasswordPolicy, hashPassword } from '../../auth/password';
import { endAllSessions } from '../../auth/sessions';
import { audit } from '../../audit/audit';
import { readJson } from '../readJson';
import { queryObject, validateInput } from '../validateInput';
import { actorOf, languageOf, requireAuth, userContext } from '../context';
import { isNationalAdmin } from '../../config/adminAccess';
import { problems, type ProblemIssue } from '../problem';
import { publicUser } from './authRoutes';

const roleList = { type: 'array', minItems: 1, maxItems: 10, uniqueItems: true, items: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' } };
const code = { type: 'string', pattern: '^[A-Z][A-Z0-9-]*$', maxLength: 64 };
const language = { type: 'string', pattern: '^[a-z]{2,3}$' };
const stateCode = { type: 'string', pattern: '^[A-Z]{2,3}$' };

export const userSchemas = {
  create: {
    type: 'object',
    required: ['username', 'name', 'password', 'roles'],
    additionalProperties: false,
    properties: { username: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{2,49}$' }, name: { type: 'string', minLength: 1, maxLength: 200 }, password: { type: 'string', maxLength: 200 }, roles: roleList, district: code, office: code, language, state: stateCode },
  },
  update: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, roles: roleList, district: { anyOf: [code, { type: 'null' }] }, office: { anyOf: [code, { type: 'null' }] }, active: { type: 'boolean' }, language, password: { type: 'string', maxLength: 200 } },
  },
  list: { type: 'object', additionalProperties: false, properties: { lang: language, state: stateCode } },
} as const;

type UserInput = { username?: string; name?: string; password?: string; roles?: string[]; district?: string | null; office?: string | null; language?: string; active?: boolean };

/** Roles, district and office must exist in the state, and the office must be in the district. */
function checkPlacement(deployment: Deployment, input: UserInput): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  (input.roles ?? []).forEach((r, i) => deployment.roles.roles[r] || issues.push({ pointer: `/roles/${i}`, message: `"${r}" is not a role of this state` }));
  const district = input.district ? deployment.manifest.districts.find((d) => d.code === input.district) : undefined;
  if (input.district && !district) issues.push({ pointer: '/district', message: `"${input.district}" is not a district of this state` });
  const office = input.office ? deployment.manifest.offices.find((o) => o.id === input.office) : undefined;
  if (input.office && !office) issues.push({ pointer: '/office', message: `"${input.office}" is not an office of this state` });
  if (office && input.district && office.district !== input.district) issues.push({ pointer: '/office', message: `office "${office.id}" is not in district "${input.district}"` });
  if (input.language && !deployment.manifest.languages.includes(input.language)) issues.push({ pointer: '/language', message: `"${input.language}" is not a language of this state` });
  return issues;
}

/** The actor managing users: a state admin for their own state, or a national admin for the state named (any state). */
function requireManage(ctx: Context, services: Services, target?: UserDoc, state?: string) {
  const { user } = requireAuth(ctx);
  if (isNationalAdmin(user)) {
    const code = target?.state ?? state;
    if (!code) throw problems.badRequest('Name the state whose users you manage.', [{ pointer: '/state', message: 'is required for a national admin' }]);
    const deployment = services.states.get(code);
    if (!deployment) throw problems.notFound(`There is no state "${code}".`);
    return { deployment, user: userContext(user), now: new Date(), lang: languageOf(ctx, deployment, user) };
  }
  const actor = actorOf(ctx, services);
  if (state && state !== actor.user.state) throw problems.forbidden('You may manage only the users of your own state.');
  const ability = createAbility(actor.deployment.roles, actor.user);
  const allowed = target ? ability.can('manage', subject('user', { ...target, state: target.state })) : ability.can('manage', subject('user', { state: actor.user.state }));
  if (!allowed) throw target ? problems.notFound('There is no such user, or you may not manage them.') : problems.forbidden('Only a state admin may manage users.');
  return actor;
}

export function userRoutes(router: Router, services: Services): void {
  router.get('/users', async (ctx) => {
    const query = validateInput<{ state?: string }>(userSchemas.list, queryObject(ctx.query), 'query');
    const actor = requireManage(ctx, services, undefined, query.state);
    const users = await services.models.users.find({ state: actor.deployment.code }).sort({ username: 1 }).limit(1000).lean<UserDoc[]>();
    ctx.body = { users: users.map(publicUser) };
  });

  router.post('/users', async (ctx) => {
    const body = validateInput<Required<Pick<UserInput, 'username' | 'name' | 'password' | 'roles'>> & UserInput & { state?: string }>(userSchemas.create, await readJson(ctx, 20_000), 'body');
    const actor = requireManage(ctx, services, undefined, body.state);
    const issues = checkPlacement(actor.deployment, body);
    const policy = checkPasswordPolicy(body.password, body.username);
    if (policy.length > 0) issues.push({ pointer: '/password', message: `password does not meet the policy: ${policy.join(', ')}`, key: policy[0] });
    if (issues.length > 0) throw problems.badRequest(issues.map((i) => i.message).join('; '), issues);
    const user: UserDoc = {
      _id: randomUUID(),
      username: body.username,
      name: body.name,
      passwordHash: await hashPassword(body.password),
      state: actor.deployment.code,
      roles: body.roles,
      ...(body.district ? { district: body.district } : {}),
      ...(body.office ? { office: body.office } : {}),
      ...(body.language ? { language: body.language } : {}),
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      createdAt: new Date(),
      createdBy: actor.user.id,
    };
    try {
      await services.models.users.create(user);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw problems.conflict(`The username "${body.username}" is taken.`);
      throw error;
    }
    await audit(services.models, { actor: actor.user, state: actor.deployment.code, action: 'user.create', target: user._id, outcome: 'success', detail: { roles: user.roles, district: user.district } });
    ctx.status = 201;
    ctx.body = { user: publicUser(user) };
  });

  router.patch('/users/:id', async (ctx) => {
    const target = await services.models.users.findOne({ _id: String(ctx.params.id).slice(0, 64) }).lean<UserDoc>();
    const actor = requireManage(ctx, services, target ?? undefined);
    if (!target) throw problems.notFound();
    const body = validateInput<UserInput>(userSchemas.update, await readJson(ctx, 20_000), 'body');
    const merged = { ...target, ...body };
    const issues = checkPlacement(actor.deployment, { ...body, district: merged.district, office: merged.office });
    if (body.password) {
      const policy = checkPasswordPolicy(body.password, target.username);
      if (policy.length > 0) issues.push({ pointer: '/password', message: `password does not meet the policy: ${policy.join(', ')}`, key: policy[0] });
    }
    if (target._id === actor.user.id && body.active === false) issues.push({ pointer: '/active', message: 'you cannot deactivate yourself' });
    // Nor take away their own right to manage users (the state could be left with no admin).
    if (target._id === actor.user.id && body.roles && !createAbility(actor.deployment.roles, { ...actor.user, roles: body.roles }).can('manage', subject('user', { state: target.state }))) {
      issues.push({ pointer: '/roles', message: 'you cannot remove your own right to manage users', key: 'user.ownAdminRole' });
    }
    if (issues.length > 0) throw problems.badRequest(issues.map((i) => i.message).join('; '), issues);
    const { password, district, office, ...rest } = body;
    const set: Record<string, unknown> = { ...rest };
    const unset: Record<string, ''> = {};
    if (district === null) unset.district = '';
    else if (district !== undefined) set.district = district;
    if (office === null) unset.office = '';
    else if (office !== undefined) set.office = office;
    if (password) set.passwordHash = await hashPassword(password);
    await services.models.users.updateOne({ _id: target._id }, { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) });
    if (body.active === false || password || body.roles || district !== undefined) await endAllSessions(services.models, target._id);
    // The names of the fields changed only: a new password is recorded as set, never its text.
    await audit(services.models, { actor: actor.user, state: actor.deployment.code, action: 'user.update', target: target._id, outcome: 'success', detail: { fields: Object.keys(body) } });
    const updated = await services.models.users.findById(target._id).lean<UserDoc>();
    ctx.body = { user: publicUser(updated!) };
  });
}
