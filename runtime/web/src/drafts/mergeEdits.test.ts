import { describe, expect, it } from 'vitest';
import { changedLeaves, reapplyEdits } from './mergeEdits';

describe('reapplyEdits', () => {
  it('keeps their changes and applies mine on top, naming fields both changed', () => {
    const base = { child: { name: 'A', sex: 'female' }, family: [{ name: 'X' }] };
    const mine = { child: { name: 'Asha', sex: 'female' }, family: [{ name: 'X' }, { name: 'Y' }] };
    const latest = { child: { name: 'Anita', sex: 'female', age: 10 }, found: { place: 'Kalupur' }, family: [{ name: 'X' }] };
    const result = reapplyEdits(base, mine, latest);
    expect(result.data).toEqual({ child: { name: 'Asha', sex: 'female', age: 10 }, found: { place: 'Kalupur' }, family: [{ name: 'X' }, { name: 'Y' }] });
    expect(result.theirs.sort()).toEqual(['child.age', 'child.name', 'found.place']);
    expect(result.conflicts).toEqual(['child.name']);
  });

  it('removes a value the user cleared', () => {
    const result = reapplyEdits({ a: { b: 1, c: 2 } }, { a: { c: 2 } }, { a: { b: 1, c: 3 } });
    expect(result.data).toEqual({ a: { c: 3 } });
    expect(changedLeaves({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
