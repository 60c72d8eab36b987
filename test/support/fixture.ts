// Loads configuration from disk for tests, and derives broken variants of it in memory.
import { fileURLToPath } from 'node:url';
import { loadDeployment, type Deployment, type StateSource } from '@suraksha/engine';
import { caseNumbersPlugin } from '@suraksha/plugin-case-numbers';
import { matchingPlugin } from '@suraksha/plugin-matching';
import { alertsPlugin } from '@suraksha/plugin-alerts';
import { reportsPlugin } from '@suraksha/plugin-reports';
import { readStateSource } from '@suraksha/engine/node';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const minimalRoot = fileURLToPath(new URL('../fixtures/minimal/', import.meta.url));
export const plugins = [caseNumbersPlugin, matchingPlugin, alertsPlugin, reportsPlugin];

/** The minimal valid state used by the engine tests. */
export function minimalSource(): StateSource {
  return readStateSource(minimalRoot, 'testland');
}

/** Loads a source and fails the test with every issue if it is not valid. */
export function mustLoad(source: StateSource): Deployment {
  const result = loadDeployment(source, { plugins });
  if (!result.ok) throw new Error(`configuration is invalid:\n${result.issues.map((i) => `${i.file}:${i.pointer} ${i.message}`).join('\n')}`);
  return result.deployment;
}

/** Returns a copy of the source with one JSON file changed by `edit` (which may mutate the parsed value). */
export function withJson(source: StateSource, path: string, edit: (value: any) => void): StateSource {
  return {
    ...source,
    files: source.files.map((f) => {
      if (f.path !== path) return f;
      const value = JSON.parse(f.text);
      edit(value);
      return { path: f.path, text: JSON.stringify(value, null, 2) };
    }),
  };
}

/** Returns a copy of the source with one file's text replaced (or added). */
export function withText(source: StateSource, path: string, text: string): StateSource {
  const others = source.files.filter((f) => f.path !== path);
  return { ...source, files: [...others, { path, text }] };
}

export const files = {
  manifest: 'form-definitions/testland/state.json',
  intake: 'form-definitions/testland/forms/intake.json',
  sir: 'form-definitions/testland/forms/sir.json',
  en: 'form-definitions/testland/i18n/en.json',
  hi: 'form-definitions/testland/i18n/hi.json',
  workflow: 'workflows/testland/cncp.json',
  roles: 'workflows/testland/roles.json',
  scenario: 'workflows/testland/scenarios/mainPath.json',
} as const;
