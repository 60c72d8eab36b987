// Durability: write through the API, stop runtime and database, start both again on the same file, read everything back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStateSource } from '@suraksha/engine/node';
import { connectDatabase } from '../../runtime/src/db/connect';
import { createRuntime } from '../../runtime/src/createRuntime';
import { openStates } from '../../runtime/src/config/stateRegistry';
import { seedDemo } from '../../runtime/src/demo/seedDemo';
import { mustLoad, plugins, repoRoot } from '../support/fixture';
import { demoClient } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'suraksha-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start() {
  const database = await connectDatabase({ uri: process.env.MONGODB_URI, file: join(dir, 'suraksha.mv.db'), dbName: 'suraksha_durability', log: () => undefined });
  const states = await openStates(database.connection, { root: repoRoot, plugins });
  const runtime = await createRuntime({ connection: database.connection, states });
  await seedDemo(runtime.services.models, states.values());
  return { url: runtime.url, runtime, async stop() { await runtime.stop(); await database.stop(); } };
}

describe('durability', () => {
  it('reads back every record, form and history entry after a full stop and start', async () => {
    const gj = mustLoad(readStateSource(repoRoot, 'gujarat'));
    const form17 = (gj.scenarios.find((s) => s.id === 'cncpMainPath')!.steps.find((s) => s.do === 'save' && s.form === 'form17' && s.mode === 'complete') as { data: object }).data;
    const first = await start();
    const police = await demoClient(first as never, 'gj.police.ahm');
    const created = await police.json('POST', '/api/records', { recordType: 'cncp', district: 'AHM', form: { data: form17, mode: 'complete' } });
    const produced = await police.json('POST', `/api/records/${created.body.record.id}/events/PRODUCE_BEFORE_CWC`, { version: created.body.record.version });
    expect(produced.status).toBe(200);
    const before = (await police.json('GET', `/api/records/${created.body.record.id}`)).body;
    const historyBefore = (await police.json('GET', `/api/records/${created.body.record.id}/history`)).body;
    await first.stop();

    const second = await start();
    try {
      const again = await demoClient(second as never, 'gj.police.ahm');
      const after = (await again.json('GET', `/api/records/${created.body.record.id}`)).body;
      expect(after).toEqual(before);
      expect((await again.json('GET', `/api/records/${created.body.record.id}/history`)).body).toEqual(historyBefore);
      expect(after.record.caseNumber).toMatch(/^GJ\/AHM\//);
    } finally {
      await second.stop();
    }
  }, 240_000);
});
