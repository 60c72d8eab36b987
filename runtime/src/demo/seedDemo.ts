// Demo users for every role of every state, created on first start so the system can be tried at once.
import { randomUUID } from 'node:crypto';
import type { Deployment } from '@suraksha/engine';
import type { Models } from '../store/models';
import { hashPassword } from '../auth/password';

/** One demo account. */
export interface DemoUser {
  username: string;
  password: string;
  state: string;
  roles: string[];
  district?: string;
  office?: string;
}

/** The two districts with the most offices (the cities the demo is most interesting in), ties by manifest order. */
export function demoDistricts(deployment: Deployment): string[] {
  const counts = new Map<string, number>();
  for (const office of deployment.manifest.offices) counts.set(office.district, (counts.get(office.district) ?? 0) + 1);
  return deployment.manifest.districts
    .filter((d) => !d.effectiveFrom)
    .map((d, i) => ({ code: d.code, count: counts.get(d.code) ?? 0, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, 2)
    .map((d) => d.code);
}

/** The demo accounts of a state: each district-scoped role in its two demo districts, state-wide roles once. */
export function demoUsers(deployment: Deployment): DemoUser[] {
  const districts = demoDistricts(deployment).map((code) => ({ code }));
  const users: DemoUser[] = [];
  for (const [roleId, role] of Object.entries(deployment.roles.roles)) {
    const districtScoped = JSON.stringify(role.rules).includes('${user.district}');
    for (const district of districtScoped ? districts : [undefined]) {
      const office = district ? deployment.manifest.offices.find((o) => o.district === district.code && (!role.officeTypes || role.officeTypes.includes(o.type))) : undefined;
      const username = [deployment.code, roleId, district?.code].filter(Boolean).join('.').toLowerCase();
      users.push({ username, password: `Demo-${deployment.code}-2026!`, state: deployment.code, roles: [roleId], ...(district ? { district: district.code } : {}), ...(office ? { office: office.id } : {}) });
    }
  }
  return users;
}

/** Creates the demo users that do not exist yet; returns those created. */
export async function seedDemo(models: Models, states: Iterable<Deployment>): Promise<DemoUser[]> {
  const created: DemoUser[] = [];
  for (const deployment of states) {
    for (const demo of demoUsers(deployment)) {
      if (await models.users.exists({ username: demo.username })) continue;
      await models.users.create({
        _id: randomUUID(),
        username: demo.username,
        name: `${demo.roles[0]} (${demo.district ?? demo.state})`,
        passwordHash: await hashPassword(demo.password),
        state: demo.state,
        roles: demo.roles,
        district: demo.district,
        office: demo.office,
        active: true,
        failedLogins: 0,
        lockedUntil: null,
        createdAt: new Date(),
        createdBy: 'demo-seed',
      });
      created.push(demo);
    }
  }
  // The national admin (state IN): administers every state's configuration and users, creates new states.
  const national: DemoUser = { username: 'national.admin', password: 'Demo-IN-2026!', state: 'IN', roles: ['nationalAdmin'] };
  if (!(await models.users.exists({ username: national.username }))) {
    await models.users.create({ _id: randomUUID(), username: national.username, name: 'National admin', passwordHash: await hashPassword(national.password), state: 'IN', roles: national.roles, active: true, failedLogins: 0, lockedUntil: null, createdAt: new Date(), createdBy: 'demo-seed' });
    created.push(national);
  }
  return created;
}
