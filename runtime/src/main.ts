// `npm start`: database (embedded unless MONGODB_URI), all valid states, demo users, API on one port; Ctrl-C stops all.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadPlugins } from '@suraksha/engine/node';
import { connectDatabase } from './db/connect';
import { createRuntime } from './createRuntime';
import { openStates } from './config/stateRegistry';
import { seedDemo } from './demo/seedDemo';
import { fileTransport } from './outbox/outboxWorker';
import { ensureWebBuilt } from './ensureWebBuilt';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = new Set(process.argv.slice(2));
const log = (entry: Record<string, unknown>) => process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n');
const say = (line: string) => process.stdout.write(line + '\n');
// The embedded server keeps data correct without secondary indexes and says so once per index; that is noise here.
const sayDatabase = (line: string) => (line.includes('is not yet implemented. ignoring') ? undefined : say(line));

async function main(): Promise<void> {
  await ensureWebBuilt(say);
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  const database = await connectDatabase({ uri: process.env.MONGODB_URI, file: join(dataDir, 'suraksha.mv.db'), dbName: 'suraksha', log: sayDatabase });
  const plugins = await loadPlugins(join(root, 'plugins'));
  const states = await openStates(database.connection, { root, plugins, say });
  if (states.size === 0) say('warning: no state has a valid configuration; the API serves nothing until one is fixed');
  const port = Number(process.env.PORT ?? 8080);
  const runtime = await createRuntime({ connection: database.connection, states, port, host: process.env.HOST ?? '127.0.0.1', log, transport: fileTransport(join(dataDir, 'outbox.log')) });
  if (!args.has('--no-demo')) {
    const created = await seedDemo(runtime.services.models, states.values());
    if (created.length > 0) {
      say(`demo users created (password = Demo-<STATE>-2026!, e.g. Demo-GJ-2026!):`);
      for (const user of created) say(`  ${user.username.padEnd(34)} ${user.password}  ${user.roles.join(',')} ${user.district ?? ''}`);
    } else say('demo users already exist (log in as e.g. gj.police.ahm / Demo-GJ-2026!)');
  }
  say(`Suraksha serves ${[...states.keys()].join(', ') || 'no states'} at ${runtime.url} (API: ${runtime.url}/api, OpenAPI: ${runtime.url}/api/openapi.json). Ctrl-C stops.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await runtime.stop();
    await database.stop();
    say('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
