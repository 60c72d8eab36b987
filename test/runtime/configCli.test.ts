// The configuration command line: export a published version as repository files, import them into the draft or publish.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../runtime/src/db/connect';
import { openStates } from '../../runtime/src/config/stateRegistry';
import { runConfigCli } from '../../runtime/src/cli/configCli';
import { minimalRoot, plugins } from '../support/fixture';

const root = mkdtempSync(join(tmpdir(), 'suraksha-cli-'));
const out = mkdtempSync(join(tmpdir(), 'suraksha-cli-out-'));
let database: Awaited<ReturnType<typeof connectDatabase>>;
/** The registry of a server already running on the same database, which the command line does not reach. */
let running: Awaited<ReturnType<typeof openStates>>;

async function cli(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runConfigCli(args, { connection: database.connection, plugins, say: (line) => lines.push(line) });
  return { code, lines };
}

beforeAll(async () => {
  cpSync(minimalRoot, root, { recursive: true });
  database = await connectDatabase({
    uri: process.env.MONGODB_URI,
    dbName: `suraksha_cli_${randomUUID().slice(0, 8)}`,
    log: () => undefined,
  });
  running = await openStates(database.connection, { root, plugins });
}, 60_000);
afterAll(async () => {
  await database?.connection.dropDatabase().catch(() => undefined);
  await database?.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('config command line', () => {
  const form = 'form-definitions/testland/forms/intake.json';

  it('exports a published version in the repository layout', async () => {
    const exported = await cli('export', 'TL', '--version', '1', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.lines[0]).toMatch(/^wrote 8 files of TL version 1 \(repository, /);
    expect(JSON.parse(readFileSync(join(out, form), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, form), 'utf8')),
    );
    expect((await cli('export', 'TL', '--version', '9', '--out', out)).code).toBe(1);
    expect((await cli('export')).lines[0]).toMatch(/^usage:/);
  });

  it('imports edited files into the draft, or publishes them; invalid files are refused with file and pointer', async () => {
    const edited = JSON.parse(readFileSync(join(out, form), 'utf8'));
    edited.schema.properties.child.properties.name.maxLength = 60;
    writeFileSync(join(out, form), JSON.stringify(edited, null, 2));
    const drafted = await cli('import', out, 'TL');
    expect(drafted).toEqual({
      code: 0,
      lines: ['imported 8 files into the draft of TL (revision 1, 0 issue(s)); publish it in the designer'],
    });
    const published = await cli('import', out, 'TL', '--publish', '--note', 'from git');
    expect(published.code).toBe(0);
    expect(published.lines[0]).toContain(`published TL version 2 (1 file(s) changed; versions raised: ${form} → 2)`);
    // A running server serves it at its next refresh, without a restart; the form has the new length.
    expect(running.currentVersion('TL')).toBe(1);
    expect(await running.refresh()).toEqual(['TL']);
    expect(running.currentVersion('TL')).toBe(2);
    expect(running.get('TL')!.forms.get('intake')?.version).toBe(2);
    expect(await running.refresh()).toEqual([]);
    edited.schema.properties.child.properties.name.type = 'text';
    writeFileSync(join(out, form), JSON.stringify(edited, null, 2));
    const refused = await cli('import', out, 'TL', '--publish');
    expect(refused.code).toBe(1);
    expect(refused.lines.some((l) => l.startsWith(`${form}:/schema/properties/child/properties/name/type`))).toBe(true);
    const audit = database.connection.collection('audit');
    expect(await audit.countDocuments({ state: 'TL', action: { $in: ['config.import', 'config.publish'] } })).toBe(2);
  });
});
