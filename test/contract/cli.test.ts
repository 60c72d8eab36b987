// The implementers' command line, run as a real process against fixture directories.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalRoot, repoRoot } from '../support/fixture';

const run = promisify(execFile);
const bin = join(repoRoot, 'engine/bin/suraksha.js');
const temp: string[] = [];

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'suraksha-cli-'));
  temp.push(dir);
  cpSync(minimalRoot, dir, { recursive: true });
  return dir;
}

afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('suraksha command line', () => {
  it('validates a good state and exits 0', async () => {
    const result = await cli('validate', '--root', minimalRoot, 'TL');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ TL \(testland\): valid in \d+ ms — 2 forms/);
  });

  it('prints file:pointer message for every issue and exits 1, surviving a broken file', async () => {
    const root = brokenCopy();
    writeFileSync(join(root, 'form-definitions/testland/forms/sir.json'), '{ "id": "sir", ');
    writeFileSync(join(root, 'workflows/testland/roles.json'), '\u0000\u0001 not json');
    const result = await cli('validate', '--root', root);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^form-definitions\/testland\/forms\/sir\.json:\/ broken JSON: .+ \(line 1, column \d+\)$/);
    expect(lines.some((l) => l.startsWith('workflows/testland/roles.json:/ broken JSON'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^✗ testland: \d+ issues$/);
  });

  it('runs scenarios, printing each result, and exits 1 when one fails', async () => {
    expect((await cli('scenarios', '--root', minimalRoot)).stdout).toContain('TL: 1/1 scenarios passed');
    const root = brokenCopy();
    const file = join(root, 'workflows/testland/scenarios/mainPath.json');
    const scenario = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    scenario.steps[4].expect.stage = 'sirOrdered';
    writeFileSync(file, JSON.stringify(scenario));
    const result = await cli('scenarios', '--root', root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('step 5 (police: fire PRODUCE): expected stage "sirOrdered", got "inquiry"');
  });

  it('refuses an unknown state or command clearly', async () => {
    expect(await cli('validate', '--root', minimalRoot, 'XX')).toMatchObject({ code: 1, stderr: expect.stringContaining('no state named XX') });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
  });
});
