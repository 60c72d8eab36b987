// Every message key the runtime gives a refusal's issues (request.*, wizard.*) is translated in the designer's catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const dirs = ['runtime/src/http/routes', 'runtime/src/config'];
const keys = dirs
  .flatMap((dir) => readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => readFileSync(join(repoRoot, dir, f), 'utf8')))
  .flatMap((text) => [...text.matchAll(/'((?:request|wizard)\.[a-zA-Z]+)'/g)].map((m) => m[1]!));

describe('refusal keys of the runtime', () => {
  it('are found in the sources', () => {
    expect(keys).toContain('request.outsideState');
    expect(keys).toContain('wizard.noDistricts');
  });

  it.each(['en', 'hi', 'gu', 'bn'])('each has a %s text in the designer', (lang) => {
    const catalog = flatten(JSON.parse(readFileSync(join(repoRoot, `designer/src/issues/i18n/${lang}.json`), 'utf8')));
    expect(keys.filter((key) => !catalog[`issue.${key}`])).toEqual([]);
  });
});
