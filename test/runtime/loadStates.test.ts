// A state whose configuration is invalid is not served, and the log says why, by file and JSON pointer.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStates } from '../../runtime/src/states/loadStates';
import { minimalRoot, plugins } from '../support/fixture';

const root = mkdtempSync(join(tmpdir(), 'suraksha-states-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadStates', () => {
  it('serves valid states and skips an invalid one, logging each issue with file and pointer', () => {
    cpSync(minimalRoot, root, { recursive: true });
    cpSync(join(root, 'form-definitions/testland'), join(root, 'form-definitions/brokenland'), { recursive: true });
    cpSync(join(root, 'workflows/testland'), join(root, 'workflows/brokenland'), { recursive: true });
    const manifest = join(root, 'form-definitions/brokenland/state.json');
    const value = JSON.parse(readFileSync(manifest, 'utf8'));
    value.code = 'BL';
    value.offices[0].district = 'NOWHERE';
    writeFileSync(manifest, JSON.stringify(value, null, 2));
    const lines: string[] = [];
    const states = loadStates(root, plugins, (line) => lines.push(line));
    expect([...states.keys()]).toEqual(['TL']);
    expect(lines[0]).toBe('state "brokenland" is NOT served: its configuration has 1 issue(s):');
    expect(lines[1]).toMatch(/^ {2}form-definitions\/brokenland\/state\.json:\/offices\/0\/district office "NOR-CWC-1" is in district "NOWHERE", which is not defined in districts\./);
  });
});
