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

type Resolved = { user: UserDoc; csrfToken: string; sessionId: string };

// A resolved session is reused for a few seconds so a burst of requests does not re-read it each time; sign-out,
// deactivation and role changes in this process drop it at once (another instance may lag by at most the TTL).
const sessionCache = new Map<string, { resolved: Resolved; until: number; lastSeenAt: number }>();
const sessionCacheMs = 5000;

/** Forgets cached sessions of a user (or one session), after sign-out, deactivation or a change of roles. */
export function forgetSessions(match: { userId?: string; sessionId?: string }): void {
  for (const [id, entry] of sessionCache) if (id === match.sessionId || entry.resolved.user._id === match.userId) sessionCache.delete(id);
}

/** Resolves a session token to its user, refreshing the idle timer; expired sessions are deleted. */
export async function resolveSession(models: Models, token: string | undefined, now = new Date()): Promise<Resolved | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = tokenHash(token);
  const cached = sessionCache.get(id);
  if (cached && cached.until > now.getTime() && now.getTime() - cached.lastSeenAt <= sessionPolicy.idleMs) return cached.resolved;
  sessionCache.delete(id);
  const resolved = await readSession(models, id, now);
  if (resolved) {
    if (sessionCache.size > 10_000) sessionCache.clear();
    sessionCache.set(id, { resolved, until: now.getTime() + sessionCacheMs, lastSeenAt: now.getTime() });
  }
  return resolved;
}

async function readSession(models: Models, id: string, now: Date): Promise<Resolved | undefined> {
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
  forgetSessions({ sessionId });
  await models.sessions.deleteOne({ _id: sessionId });
}

/** Ends every session of a user (deactivation, password change). */
export async function endAllSessions(models: Models, userId: string): Promise<void> {
  forgetSessions({ userId });
  await models.sessions.deleteMany({ userId });
}
