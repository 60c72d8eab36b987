// Start-up seeding of the state registry from the repository files, against the real embedded database.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../runtime/src/db/connect';
import { openStates } from '../../runtime/src/config/stateRegistry';
import { unpackFiles } from '../../runtime/src/config/bundle';
import { minimalRoot, plugins } from '../support/fixture';

const root = mkdtempSync(join(tmpdir(), 'suraksha-seed-'));
const intake = join(root, 'form-definitions/testland/forms/intake.json');
let database: Awaited<ReturnType<typeof connectDatabase>>;

/** Opens the registry on the test database as a fresh start would, collecting the log lines. */
async function start() {
  const lines: string[] = [];
  const states = await openStates(database.connection, { root, plugins, say: (line) => lines.push(line) });
  return { states, lines };
}

function editIntake(edit: (form: any) => void): void {
  const form = JSON.parse(readFileSync(intake, 'utf8'));
  edit(form);
  writeFileSync(intake, JSON.stringify(form, null, 2));
}

beforeAll(async () => {
  cpSync(minimalRoot, root, { recursive: true });
  database = await connectDatabase({
    uri: process.env.MONGODB_URI,
    dbName: `suraksha_seed_${randomUUID().slice(0, 8)}`,
    log: () => undefined,
  });
}, 60_000);
afterAll(async () => {
  await database?.connection.dropDatabase().catch(() => undefined);
  await database?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('seeding states from the repository', () => {
  it('publishes version 1 from the repository on the first start, and nothing new on the next', async () => {
    const first = await start();
    expect([...first.states.keys()]).toEqual(['TL']);
    expect(first.states.currentVersion('TL')).toBe(1);
    expect(await first.states.models.versions.find({ state: 'TL' }, { version: 1, source: 1, _id: 0 }).lean()).toEqual([
      { version: 1, source: 'repository' },
    ]);
    const second = await start();
    expect(second.states.currentVersion('TL')).toBe(1);
    expect(await second.states.models.versions.countDocuments({ state: 'TL' })).toBe(1);
    expect(second.lines).toEqual([]);
  });

  it('publishes changed repository files as a new version, raising the changed form version', async () => {
    editIntake((form) => (form.schema.properties.child.properties.name.maxLength = 120));
    const { states, lines } = await start();
    expect(states.currentVersion('TL')).toBe(2);
    expect(lines).toEqual(['state TL: the repository files changed; published them as version 2']);
    expect(states.get('TL')!.forms.get('intake')!.version).toBe(2);
    expect((await states.at('TL', 1))!.forms.get('intake')!.version).toBe(1);
    expect(await states.at('TL', 99)).toBeUndefined();
    const stored = await states.latest('TL');
    expect(stored).toMatchObject({ version: 2, source: 'repository', summary: { added: 0, removed: 0, changed: 1 } });
    expect(
      (unpackFiles(stored!.files)['form-definitions/testland/forms/intake.json'] as { version: number }).version,
    ).toBe(2);
  });

  it('keeps serving a version published in the designer over changed repository files, with a warning', async () => {
    const { states } = await start();
    const latest = unpackFiles((await states.latest('TL'))!.files);
    const path = 'form-definitions/testland/forms/intake.json';
    const edited = structuredClone(latest) as Record<string, any>;
    edited[path].schema.properties.child.properties.name.maxLength = 80;
    const published = await states.publish({
      code: 'TL',
      slug: 'testland',
      files: edited,
      note: 'shorter names',
      source: 'designer',
      publishedBy: 'tester',
    });
    expect(published.ok && published.version).toBe(3);
    editIntake((form) => (form.schema.properties.child.properties.name.maxLength = 150));
    const again = await start();
    expect(again.states.currentVersion('TL')).toBe(3);
    expect(again.lines).toEqual([
      'warning: state TL serves version 3 (published from the designer); its repository files differ and are not served',
    ]);
    expect(await again.states.models.versions.countDocuments({ state: 'TL' })).toBe(3);
  });

  it('never stores an invalid repository state, logs its issues with file and pointer, and serves what is stored', async () => {
    await (await start()).states.models.versions.deleteMany({ state: 'TL', version: 3 });
    editIntake((form) => (form.schema.properties.child.properties.name.type = 'text'));
    const { states, lines } = await start();
    expect(lines[0]).toMatch(
      /^state "testland" is NOT served from the repository: its configuration has \d+ issue\(s\):$/,
    );
    expect(
      lines.some((l) =>
        l.includes('form-definitions/testland/forms/intake.json:/schema/properties/child/properties/name/type'),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe('state TL: serving published version 2 instead');
    expect(states.currentVersion('TL')).toBe(2);
    expect(await states.models.versions.countDocuments({ state: 'TL' })).toBe(2);
  });

  it('serves states that exist only in the database', async () => {
    rmSync(join(root, 'form-definitions'), { recursive: true, force: true });
    rmSync(join(root, 'workflows'), { recursive: true, force: true });
    const { states } = await start();
    expect([...states.keys()]).toEqual(['TL']);
    expect(states.currentVersion('TL')).toBe(2);
  });
});
