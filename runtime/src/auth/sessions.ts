// Sign-in, sessions in an httpOnly SameSite=Strict cookie, CSRF tokens, idle and absolute expiry, lockout.
import { createHash, randomBytes } from 'node:crypto';
import type { Models, UserDoc } from '../store/models';
import { audit } from '../audit/audit';
import { decoyHash, verifyPassword } from './password';
import { HttpProblem, problems } from '../http/problem';

export const sessionPolicy = {
  idleMs: 30 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  maxFailures: 5,
  lockMs: 15 * 60 * 1000,
};

export const cookieName = 'suraksha_session';

/** The session token is random; only its hash is stored, so a database leak does not hand out sessions. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Checks credentials; on success creates a session. Failures are counted and lock the account after five. */
export async function signIn(models: Models, username: string, password: string, ip: string, now = new Date()): Promise<{ token: string; csrfToken: string; user: UserDoc }> {
  const user = await models.users.findOne({ username: username.trim().toLowerCase() }).lean<UserDoc>();
  if (user?.lockedUntil && user.lockedUntil > now) {
    await audit(models, { state: user.state, actor: { id: user._id, state: user.state }, action: 'login', outcome: 'failure', ip, detail: { reason: 'locked' } });
    throw problems.locked(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60000));
  }
  const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
  if (!user || !ok || !user.active) {
    if (user) {
      const failures = user.failedLogins + 1;
      const lock = failures >= sessionPolicy.maxFailures ? new Date(now.getTime() + sessionPolicy.lockMs) : null;
      await models.users.updateOne({ _id: user._id }, { $set: { failedLogins: lock ? 0 : failures, lockedUntil: lock } });
    }
    await audit(models, { state: user?.state, actor: user ? { id: user._id, state: user.state } : undefined, action: 'login', outcome: 'failure', ip, detail: { username: username.slice(0, 100), reason: user && !user.active ? 'inactive' : 'credentials' } });
    throw new HttpProblem(401, 'invalidCredentials', 'Sign-in failed', 'The username or password is not correct.');
  }
  await models.users.updateOne({ _id: user._id }, { $set: { failedLogins: 0, lockedUntil: null } });
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await models.sessions.create({ _id: tokenHash(token), userId: user._id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionPolicy.absoluteMs) });
  await audit(models, { state: user.state, actor: { id: user._id, state: user.state }, action: 'login', outcome: 'success', ip });
  return { token, csrfToken, user };
}

/** Resolves a session token to its user, refreshing the idle timer; expired sessions are deleted. */
export async function resolveSession(models: Models, token: string | undefined, now = new Date()): Promise<{ user: UserDoc; csrfToken: string; sessionId: string } | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = tokenHash(token);
  const session = await models.sessions.findById(id).lean();
  if (!session) return undefined;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > sessionPolicy.idleMs) {
    await models.sessions.deleteOne({ _id: id });
    return undefined;
  }
  const user = await models.users.findById(session.userId).lean<UserDoc>();
  if (!user || !user.active) return undefined;
  // Refresh the idle timer at most once a minute to keep writes down.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await models.sessions.updateOne({ _id: id }, { $set: { lastSeenAt: now } });
  return { user, csrfToken: session.csrfToken, sessionId: id };
}

/** Ends a session. */
export async function signOut(models: Models, sessionId: string): Promise<void> {
  await models.sessions.deleteOne({ _id: sessionId });
}

/** Ends every session of a user (deactivation, password change). */
export async function endAllSessions(models: Models, userId: string): Promise<void> {
  await models.sessions.deleteMany({ userId });
}
