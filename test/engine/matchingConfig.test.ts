// The matching settings of a manifest are checked against the state's forms and workflows.
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '@suraksha/engine';
import { readStateSource } from '@suraksha/engine/node';
import { plugins, repoRoot, withJson } from '../support/fixture';

const manifest = 'form-definitions/gujarat/state.json';
const gujarat = () => readStateSource(repoRoot, 'gujarat');
const issuesOf = (edit: (m: any) => void) => loadDeployment(withJson(gujarat(), manifest, edit), { plugins }).issues.map((i) => `${i.pointer} ${i.message}`);
const missingType = (m: any) => m.recordTypes.find((r: any) => r.id === 'missingChild');

describe('matching settings in the manifest', () => {
  it('accepts the committed settings and exposes them on the deployment', () => {
    const result = loadDeployment(gujarat(), { plugins });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.deployment.recordType('missingChild')?.matching?.side).toBe('missing');
  });

  it('names a profile field that the form does not have', () => {
    expect(issuesOf((m) => (missingType(m).matching.fields.age = 'missingReport.child.ageInYears'))).toEqual([
      '/recordTypes/1/matching/fields/age matching field age "missingReport.child.ageInYears": form "missingReport" has no field "child.ageInYears"',
    ]);
  });

  it('names a form of another record type, or an event the workflow does not have', () => {
    expect(
      issuesOf((m) => {
        missingType(m).matching.fields.name = 'foundReport.child.name';
        missingType(m).matching.onConfirm.event = 'MARK_TRACD';
      }),
    ).toEqual([
      '/recordTypes/1/matching/fields/name matching field name "foundReport.child.name" must start with one of the record type\'s forms (missingReport)',
      '/recordTypes/1/matching/onConfirm/event event "MARK_TRACD" is not an event of workflow "missingChild". Did you mean "MARK_TRACED"?',
    ]);
  });

  it('refuses an unknown value to write on confirmation, and its own state as a partner', () => {
    const issues = issuesOf((m) => {
      missingType(m).matching.onConfirm.set['missingReport.tracing.date'] = 'today';
      m.matching.acrossStates = ['GJ'];
    });
    expect(issues.some((i) => i.startsWith('/recordTypes/1/matching/onConfirm/set/missingReport.tracing.date'))).toBe(true);
    expect(issues.length).toBe(1);
    expect(issuesOf((m) => (m.matching.acrossStates = ['GJ']))).toEqual(['/matching/acrossStates/0 "GJ" is this state; list other states only']);
  });

  it('checks neighbouring districts: districts of this state, not the district itself', () => {
    const result = loadDeployment(gujarat(), { plugins });
    expect(result.ok && result.deployment.manifest.matching?.neighbours?.['AHM']).toContain('GAN');
    expect(
      issuesOf((m) => {
        m.matching.neighbours.AHM.push('AHD', 'AHM');
        m.matching.neighbours.QQQQ = ['GAN'];
      }),
    ).toEqual([
      '/matching/neighbours/AHM/7 "AHD" is not a district of this state. Did you mean "AHM"?',
      '/matching/neighbours/AHM/8 "AHM" is the district itself; list the districts bordering it',
      '/matching/neighbours/QQQQ "QQQQ" is not a district of this state.',
    ]);
    expect(issuesOf((m) => (m.matching.neighbours.AHM = 'GAN'))[0]).toMatch(/^\/matching\/neighbours\/AHM /);
  });

  it('needs a missing side and a found side when the plugin is on, and knows the plugin names', () => {
    expect(issuesOf((m) => delete missingType(m).matching)).toEqual([
      '/plugins the matching plugin is enabled, but no record type is set up as the missing side and another as the found side ("matching": { "side": ... } on recordTypes)',
    ]);
    expect(issuesOf((m) => m.plugins.push('alert'))).toEqual([expect.stringMatching(/^\/plugins\/4 plugin "alert" is not installed\. .*Did you mean "alerts"\?/)]);
  });
});
