// The configuration contract: every committed state loads without issues, runs its scenarios, and keeps the invariants.
import { describe, expect, it } from 'vitest';
import { loadDeployment, reportCompleteness, runScenario } from '@suraksha/engine';
import { listStateSlugs, readStateSource } from '@suraksha/engine/node';
import { plugins, repoRoot } from '../support/fixture';
import { assertProjectionWithinReadable, assertRequiredFormsComplete, forRandomJourneys } from '../support/properties';

const slugs = listStateSlugs(repoRoot);

describe('committed states', () => {
  it('are Gujarat, Jharkhand and West Bengal', () => {
    expect(slugs).toEqual(['gujarat', 'jharkhand', 'west-bengal']);
  });

  describe.each(slugs)('%s', (slug) => {
    const result = loadDeployment(readStateSource(repoRoot, slug), { plugins });

    it('loads with no issues', () => {
      expect(result.issues.map((i) => `${i.file}:${i.pointer} ${i.message}`)).toEqual([]);
    });

    it('has the three record types, each with scenarios', () => {
      if (!result.ok) return expect.fail('invalid configuration');
      const d = result.deployment;
      expect(d.manifest.recordTypes.map((r) => r.id).sort()).toEqual(['cncp', 'foundChild', 'missingChild']);
      for (const rt of ['cncp', 'foundChild', 'missingChild']) expect(d.scenarios.some((s) => s.recordType === rt)).toBe(true);
    });

    it('passes every scenario', () => {
      if (!result.ok) return expect.fail('invalid configuration');
      const failures = result.deployment.scenarios
        .map((s) => runScenario(result.deployment, s))
        .flatMap((r) => r.steps.filter((s) => !s.ok).map((s) => `${r.id} step ${s.index + 1} (${s.step}): ${s.failures.join('; ')}`));
      expect(failures).toEqual([]);
    });

    it('is fully translated in every language', () => {
      if (!result.ok) return expect.fail('invalid configuration');
      const d = result.deployment;
      const bundles = Object.fromEntries(d.manifest.languages.map((l) => [l, Object.fromEntries([...d.usedKeys].filter((k) => d.translator.has(l, k)).map((k) => [k, 'x']))]));
      for (const report of reportCompleteness(bundles, d.manifest.languages, d.usedKeys)) expect(report.missing).toEqual([]);
    });

    it.each(['cncp', 'missingChild', 'foundChild'])('keeps field visibility and required forms on random %s journeys', (recordType) => {
      if (!result.ok) return expect.fail('invalid configuration');
      const d = result.deployment;
      forRandomJourneys(
        d,
        recordType,
        (record, users) => {
          assertRequiredFormsComplete(d, record);
          assertProjectionWithinReadable(d, record, users);
        },
        40,
      );
    });
  });
});
