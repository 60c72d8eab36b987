// Runtime benchmark: save a form and fire an event with 20 concurrent clients on the embedded database,
// against the floor: a bare Koa endpoint doing one insert on the same database, in the same run.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import Koa from 'koa';
import { loadPlugins } from '@suraksha/engine/node';
import { connectDatabase } from '../runtime/src/db/connect';
import { createRuntime } from '../runtime/src/createRuntime';
import { openStates } from '../runtime/src/config/stateRegistry';
import { seedDemo } from '../runtime/src/demo/seedDemo';
import { Client } from '../test/runtime/harness';

const root = fileURLToPath(new URL('../', import.meta.url));
const clients = 20;
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(label: string, samples: number[], wallMs: number): { p50: number; p95: number } {
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  console.log(`${label}: n=${samples.length}, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${Math.round((samples.length / wallMs) * 1000)} req/s`);
  return { p50, p95 };
}

async function timed<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  samples.push(performance.now() - t0);
  return result;
}

const database = await connectDatabase({ uri: process.env.MONGODB_URI, dbName: `suraksha_bench_${randomUUID().slice(0, 6)}`, log: (l: string) => (l.includes('is not yet implemented. ignoring') ? undefined : console.log(l)) });
try {
  const states = await openStates(database.connection, { root, plugins: await loadPlugins(fileURLToPath(new URL('../plugins/', import.meta.url))), say: console.log });
  const runtime = await createRuntime({ connection: database.connection, states, loginRateLimit: { limit: 10_000, windowMs: 60_000 } });
  await seedDemo(runtime.services.models, states.values());
  const gj = states.get('GJ')!;
  const form17 = (gj.scenarios.find((s) => s.id === 'cncpMainPath')!.steps.find((s) => s.do === 'save' && s.form === 'form17' && s.mode === 'complete') as { data: object }).data;

  // The floor: one insert behind the same kind of HTTP stack.
  const floorApp = new Koa();
  const floorCollection = database.connection.collection('benchFloor');
  floorApp.use(async (ctx) => {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) chunks.push(chunk);
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    await floorCollection.insertOne({ _id: randomUUID() as never, ...doc });
    ctx.body = { ok: true };
  });
  const floorServer = floorApp.listen(0, '127.0.0.1');
  await new Promise((r) => floorServer.once('listening', r));
  const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`;

  const users = await Promise.all(Array.from({ length: clients }, async () => {
    const c = new Client(runtime.url);
    await c.login('gj.police.ahm', 'Demo-GJ-2026!');
    return c;
  }));
  // Each client gets its own records so the measurement is of work, not of conflicts.
  const records = await Promise.all(users.map(async (c) => {
    const list: { id: string; version: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const r = await c.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: form17, mode: 'draft' } });
      list.push(r.body.record);
    }
    return list;
  }));

  const saves: number[] = [];
  const fires: number[] = [];
  const floor: number[] = [];
  let t0 = performance.now();
  await Promise.all(users.map(async (c, i) => {
    for (const record of records[i]!) {
      const saved = await timed(saves, () => c.json('PUT', `/api/records/${record.id}/forms/form17`, { data: form17, mode: 'complete', version: record.version }));
      if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
      const fired = await timed(fires, () => c.json('POST', `/api/records/${record.id}/events/PRODUCE_BEFORE_CWC`, { version: saved.body.record.version }));
      if (fired.status !== 200) throw new Error(`fire failed: ${fired.status} ${JSON.stringify(fired.body)}`);
    }
  }));
  const appMs = performance.now() - t0;
  t0 = performance.now();
  await Promise.all(users.map(async () => {
    for (let i = 0; i < rounds * 2; i++) {
      await timed(floor, async () => {
        const r = await fetch(floorUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ form: form17, at: Date.now() }) });
        await r.text();
      });
    }
  }));
  const floorMs = performance.now() - t0;

  console.log(`runtime benchmark: ${clients} concurrent clients, ${rounds} records each, database ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded'}`);
  const s = report('save form17 (complete)', saves, appMs);
  const f = report('fire PRODUCE_BEFORE_CWC', fires, appMs);
  const b = report('floor: bare Koa + one insert', floor, floorMs);
  console.log(`ratio to floor (p50): save ${(s.p50 / b.p50).toFixed(1)}x, fire ${(f.p50 / b.p50).toFixed(1)}x; (p95): save ${(s.p95 / b.p95).toFixed(1)}x, fire ${(f.p95 / b.p95).toFixed(1)}x`);
  floorServer.close();
  await runtime.stop();
} finally {
  await database.connection.dropDatabase().catch(() => undefined);
  await database.stop();
}
