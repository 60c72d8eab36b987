// Accounts: hashed passwords, lockout, rate limit, CSRF, session expiry, user administration, audit of sign-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetSessions, sessionPolicy } from '../../runtime/src/auth/sessions';
import { Client, demoClient, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.stop());

describe('accounts', () => {
  it('stores only scrypt hashes', async () => {
    const user = await server.runtime.services.models.users.findOne({ username: 'gj.police.ahm' }).lean();
    expect(user!.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(user)).not.toContain('Demo-GJ-2026!');
  });

  it('refuses a wrong password with one generic message, audits it, and locks after five failures', async () => {
    const client = new Client(server.url);
    for (let i = 0; i < 5; i++) {
      const r = await client.json('POST', '/api/auth/login', { username: 'gj.dcpo.ahm', password: 'wrong-password-1' });
      expect(r.status).toBe(401);
      expect(r.body.detail).toBe('The username or password is not correct.');
    }
    const locked = await client.json('POST', '/api/auth/login', { username: 'gj.dcpo.ahm', password: 'Demo-GJ-2026!' });
    expect(locked.status).toBe(423);
    const unknown = await client.json('POST', '/api/auth/login', { username: 'nobody', password: 'whatever-123' });
    expect(unknown.status).toBe(401);
    const failures = await server.runtime.services.models.audit.countDocuments({ action: 'login', outcome: 'failure' });
    expect(failures).toBeGreaterThanOrEqual(7);
  });

  it('issues an httpOnly SameSite=Strict cookie and requires the CSRF token on writes', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'gj.police.ahm', password: 'Demo-GJ-2026!' }) });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=strict/i);
    const client = await demoClient(server, 'gj.police.ahm');
    client.csrf = 'forged';
    const refused = await client.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('csrf');
  });

  it('expires an idle session and ends it on logout', async () => {
    const client = await demoClient(server, 'gj.police.ahm');
    expect((await client.json('GET', '/api/me')).status).toBe(200);
    await server.runtime.services.models.sessions.updateMany({}, { $set: { lastSeenAt: new Date(Date.now() - sessionPolicy.idleMs - 1000) } });
    // The in-process cache keeps a session for 5 s only; forgetting it stands for those seconds having passed.
    forgetSessions({ userId: (await client.json('GET', '/api/me')).body.user.id });
    expect((await client.json('GET', '/api/me')).status).toBe(401);
    const again = await demoClient(server, 'gj.police.ahm');
    expect((await again.json('POST', '/api/auth/logout')).status).toBe(204);
    expect((await again.json('GET', '/api/me')).status).toBe(401);
  });

  it('lets a state admin create, place and deactivate users of their state only', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const weak = await admin.json('POST', '/api/users', { username: 'asha.sw', name: 'Asha', password: 'short', roles: ['socialWorker'], district: 'AHM' });
    expect(weak.status).toBe(400);
    expect(weak.body.issues).toContainEqual(expect.objectContaining({ pointer: '/password' }));
    const misplaced = await admin.json('POST', '/api/users', { username: 'asha.sw', name: 'Asha', password: 'Ahmedabad-dcpu-42', roles: ['socialWorker'], district: 'AHM', office: 'SUR-DCPU' });
    expect(misplaced.body.issues).toContainEqual(expect.objectContaining({ pointer: '/office' }));
    const created = await admin.json('POST', '/api/users', { username: 'asha.sw', name: 'Asha', password: 'Ahmedabad-dcpu-42', roles: ['socialWorker'], district: 'AHM', office: 'AHM-DCPU' });
    expect(created.status).toBe(201);
    const asha = new Client(server.url);
    expect((await asha.login('asha.sw', 'Ahmedabad-dcpu-42')).status).toBe(200);
    const deactivated = await admin.json('PATCH', `/api/users/${created.body.user.id}`, { active: false });
    expect(deactivated.body.user.active).toBe(false);
    expect((await asha.json('GET', '/api/me')).status).toBe(401);
    expect((await asha.login('asha.sw', 'Ahmedabad-dcpu-42')).status).toBe(401);

    const police = await demoClient(server, 'gj.police.ahm');
    expect((await police.json('GET', '/api/users')).status).toBe(403);
    const jhAdmin = await demoClient(server, 'jh.stateadmin');
    expect((await jhAdmin.json('PATCH', `/api/users/${created.body.user.id}`, { active: true })).status).toBe(404);
    // Naming another state is refused outright, to list or to create.
    expect((await jhAdmin.json('GET', '/api/users?state=GJ')).status).toBe(403);
    expect((await jhAdmin.json('POST', '/api/users', { username: 'jh.in.gj', name: 'X', password: 'Ranchi-admin-2026', roles: ['police'], state: 'GJ' })).status).toBe(403);
    expect((await jhAdmin.json('GET', '/api/users')).body.users.every((u: { state: string }) => u.state === 'JH')).toBe(true);
    expect(await server.runtime.services.models.users.countDocuments({ username: 'jh.in.gj' })).toBe(0);
    const audit = await server.runtime.services.models.audit.find({ action: { $in: ['user.create', 'user.update'] } }).lean();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a state admin deactivating or demoting themselves, moves a user to another district, and sets a new password', async () => {
    const admin = await demoClient(server, 'gj.stateadmin');
    const me = (await admin.json('GET', '/api/me')).body.user;
    const self = await admin.json('PATCH', `/api/users/${me.id}`, { active: false });
    expect(self.status).toBe(400);
    expect(self.body.issues).toContainEqual(expect.objectContaining({ pointer: '/active' }));
    expect((await admin.json('GET', '/api/me')).status).toBe(200);
    expect((await server.runtime.services.models.users.findById(me.id).lean())!.active).toBe(true);
    const demoted = await admin.json('PATCH', `/api/users/${me.id}`, { roles: ['police'] });
    expect(demoted.status).toBe(400);
    expect(demoted.body.issues).toContainEqual(expect.objectContaining({ pointer: '/roles', key: 'user.ownAdminRole' }));
    expect((await server.runtime.services.models.users.findById(me.id).lean())!.roles).toEqual(['stateAdmin']);
    expect((await admin.json('GET', '/api/me')).status).toBe(200);

    const created = await admin.json('POST', '/api/users', { username: 'ravi.po', name: 'Ravi', password: 'Ahmedabad-police-7', roles: ['police'], district: 'AHM', office: 'AHM-PS-NAVRANGPURA' });
    expect(created.status).toBe(201);
    const id = created.body.user.id as string;
    // A new district with the old office is refused at /office; with the office cleared it is accepted.
    const stale = await admin.json('PATCH', `/api/users/${id}`, { district: 'SUR' });
    expect(stale.status).toBe(400);
    expect(stale.body.issues).toContainEqual(expect.objectContaining({ pointer: '/office' }));
    const moved = await admin.json('PATCH', `/api/users/${id}`, { district: 'SUR', office: null });
    expect(moved.status).toBe(200);
    expect(moved.body.user).toMatchObject({ district: 'SUR', office: null });

    const ravi = new Client(server.url);
    expect((await ravi.login('ravi.po', 'Ahmedabad-police-7')).status).toBe(200);
    const weak = await admin.json('PATCH', `/api/users/${id}`, { password: 'ravi.po-12345' });
    expect(weak.status).toBe(400);
    expect(weak.body.issues).toContainEqual(expect.objectContaining({ pointer: '/password', key: 'password.containsUsername' }));
    const reset = await admin.json('PATCH', `/api/users/${id}`, { password: 'Surat-station-2026' });
    expect(reset.status).toBe(200);
    // The new password ends the user's sessions; only it signs in now.
    expect((await ravi.json('GET', '/api/me')).status).toBe(401);
    expect((await new Client(server.url).login('ravi.po', 'Ahmedabad-police-7')).status).toBe(401);
    expect((await new Client(server.url).login('ravi.po', 'Surat-station-2026')).status).toBe(200);
    const audit = await server.runtime.services.models.audit.find({ action: 'user.update', target: id }).lean();
    expect(audit.map((a) => (a.detail as { fields: string[] }).fields.sort().join(' ')).sort()).toEqual(['district office', 'password']);
    expect(JSON.stringify(audit)).not.toContain('Surat-station-2026');
  });
});
