// Assembles the runtime: models on a database connection, the served states, services and the HTTP app.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connection } from 'mongoose';
import type { StateRegistry } from './config/stateRegistry';
import { createModels } from './store/models';
import { RecordService } from './records/recordService';
import { RateLimiter } from './auth/rateLimit';
import { createApp } from './http/createApp';
import type { Services } from './services';
import { startOutboxWorker, type Transport } from './outbox/outboxWorker';
import { startAlertScanner } from './alerts/scanner'; // alerts
import { MatchingService } from './matching/matchingService'; // matching
import { createMatchModels } from './matching/matchModel'; // matching

export interface RuntimeOptions {
  connection: Connection;
  /** The served states, opened with `openStates` (config/stateRegistry). */
  states: StateRegistry;
  port?: number;
  host?: string;
  log?: (entry: Record<string, unknown>) => void;
  transport?: Transport;
  outboxIntervalMs?: number;
  /** Sign-in attempts allowed per IP address and window (default 20 a minute). */
  loginRateLimit?: { limit: number; windowMs: number };
  /** alerts: scan deadlines and send digests every `intervalMs` (default: every 15 minutes when a transport is given; false = never, tests call the scans). */
  alerts?: false | { intervalMs: number };
  /** matching: match changed reports every `intervalMs` (default 2 s; false = never, e.g. a second instance; the API still matches on demand). */
  matching?: false | { intervalMs: number };
  /** Look for versions published elsewhere (command line, another server) every `intervalMs` (default 10 s; false = never). */
  configRefresh?: false | { intervalMs: number };
}

/** A started runtime: its URL, services, and how to stop it (HTTP, worker; the database belongs to the caller). */
export interface Runtime {
  url: string;
  services: Services;
  stop(): Promise<void>;
}

/** Serves configuration versions published by others as they appear; one round at a time. */
function startConfigRefresh(states: StateRegistry, log: (entry: Record<string, unknown>) => void, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(async () => {
        const switched = await states.refresh();
        if (switched.length > 0) log({ level: 'info', msg: 'configuration versions published elsewhere now served', states: switched });
      })
      .catch((error: Error) => log({ level: 'error', msg: 'configuration refresh failed', error: error.message }));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Starts the HTTP server and the outbox worker over an open database connection. */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const log = options.log ?? (() => undefined);
  const models = await createModels(options.connection);
  const services: Services = { models, states: options.states, records: new RecordService(models, options.states), loginLimiter: new RateLimiter(options.loginRateLimit?.limit ?? 20, options.loginRateLimit?.windowMs ?? 60_000), log };
  services.matching = new MatchingService(models, await createMatchModels(options.connection), options.states, log); // matching
  const app = createApp(services);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(s));
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  const worker = options.transport ? startOutboxWorker(models, options.states, options.transport, log, options.outboxIntervalMs ?? 2000) : undefined;
  // alerts: the scanner runs beside the outbox worker that delivers what it writes.
  const alerts = options.alerts === false || (!options.alerts && !options.transport) ? undefined : startAlertScanner(models, options.states, log, options.alerts ? options.alerts.intervalMs : 15 * 60_000);
  const matching = options.matching === false ? undefined : services.matching.start(options.matching?.intervalMs ?? 2000); // matching
  const refresh = options.configRefresh === false ? undefined : startConfigRefresh(options.states, log, options.configRefresh?.intervalMs ?? 10_000);
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    services,
    async stop() {
      await refresh?.stop();
      await alerts?.stop(); // alerts
      await matching?.stop(); // matching
      await worker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
