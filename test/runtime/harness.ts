// Starts a real runtime on the embedded database (or MONGODB_URI) for API tests, and a small cookie-aware client.
import { randomUUID } from 'node:crypto';
import { connectDatabase } from '../../runtime/src/db/connect';
import { createRuntime, type Runtime } from '../../runtime/src/createRuntime';
import { openStates } from '../../runtime/src/config/stateRegistry';
import { seedDemo } from '../../runtime/src/demo/seedDemo';
import { plugins, repoRoot } from '../support/fixture';

export interface TestServer {
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

/** A runtime serving the committed states on a fresh database, with the demo users seeded. */
export async function startTestServer(): Promise<TestServer> {
  const dbName = `suraksha_test_${randomUUID().slice(0, 8)}`;
  const database = await connectDatabase({ uri: process.env.MONGODB_URI, dbName, log: () => undefined });
  const states = await openStates(database.connection, { root: repoRoot, plugins, say: (line) => console.error(line) });
  // Tests sign in many users from one address; the limiter itself has its own test.
  const runtime = await createRuntime({ connection: database.connection, states, loginRateLimit: { limit: 10_000, windowMs: 60_000 } });
  await seedDemo(runtime.services.models, states.values());
  return {
    runtime,
    url: runtime.url,
    async stop() {
      await runtime.stop();
      await database.connection.dropDatabase().catch(() => undefined);
      await database.stop();
    },
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on unsafe requests. */
export class Client {
  private cookie = '';
  csrf = '';

  constructor(private readonly base: string) {}

  async login(username: string, password: string): Promise<Response> {
    const response = await this.request('POST', '/api/auth/login', { username, password });
    if (response.ok) this.csrf = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    return response;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return response;
  }

  async json<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }> {
    const response = await this.request(method, path, body, headers);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

/** Signs in a demo user (username like "gj.police.ahm"). */
export async function demoClient(server: TestServer, username: string): Promise<Client> {
  const client = new Client(server.url);
  const state = username.split('.')[0]!.toUpperCase();
  const response = await client.login(username, `Demo-${state}-2026!`);
  if (!response.ok) throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
  return client;
}
