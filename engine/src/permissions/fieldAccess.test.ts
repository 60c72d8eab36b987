import { describe, expect, it } from 'vitest';
import { changedPaths, mergeHiddenFields, projectFormData } from './fieldAccess';

describe('field access helpers', () => {
  const data = { child: { name: 'Asha', caste: 'SC' }, family: [{ name: 'Meena', health: 'HIV' }], note: 'x' };
  const readable = new Set(['child', 'child.name', 'family', 'family.name']);

  it('projects data to readable fields, column by column in tables', () => {
    expect(projectFormData(data, readable)).toEqual({ child: { name: 'Asha' }, family: [{ name: 'Meena' }] });
  });

  it('lists changed leaf paths, tables without index', () => {
    expect([...changedPaths(data, { ...data, child: { name: 'Asha', caste: 'ST' }, family: [{ name: 'Meena', health: 'HIV' }, { name: 'Ravi' }] })].sort()).toEqual([
      'child.caste',
      'family',
      'family.name',
    ]);
    expect([...changedPaths({}, { a: { b: 1 } })]).toEqual(['a.b']);
    expect(changedPaths(data, structuredClone(data)).size).toBe(0);
  });

  it('restores unreadable fields from the stored data', () => {
    const view = projectFormData(data, readable);
    expect(mergeHiddenFields(data, { ...view, child: { name: 'Asha K' } }, readable)).toEqual({ ...data, child: { name: 'Asha K', caste: 'SC' } });
  });
});
