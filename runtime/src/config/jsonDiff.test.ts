// The JSON diff: changes by pointer, arrays by index, files added, removed and changed; applying a diff gives the target.
import { describe, expect, it } from 'vitest';
import { diffFiles, diffJson, sameJson, summarise, type JsonChange } from './jsonDiff';
import { bumpVersions } from './bundle';

/** Applies changes in order (to check that a diff really leads from before to after). */
function apply(value: unknown, changes: JsonChange[]): unknown {
  let root = structuredClone(value);
  for (const change of changes) {
    const path = change.pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (path.length === 0) {
      root = change.op === 'remove' ? undefined : structuredClone(change.after);
      continue;
    }
    let parent = root as Record<string, unknown> | unknown[];
    for (const segment of path.slice(0, -1))
      parent = (parent as Record<string, unknown>)[segment] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) {
      if (change.op === 'remove') parent.splice(Number(last), 1);
      else if (change.op === 'add') parent.splice(Number(last), 0, structuredClone(change.after));
      else parent[Number(last)] = structuredClone(change.after);
    } else if (change.op === 'remove') delete parent[last];
    else parent[last] = structuredClone(change.after);
  }
  return root;
}

describe('diffJson', () => {
  it('reports nothing for equal values, whatever the key order', () => {
    expect(diffJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([]);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });

  it('gives add, remove and replace at JSON pointers, escaping / and ~', () => {
    const changes = diffJson(
      { keep: 1, gone: true, 'a/b': 'x', n: { m: 1 } },
      { keep: 1, 'a/b': 'y', n: { m: 2 }, 'new~': [] },
    );
    expect(changes).toEqual([
      { op: 'remove', pointer: '/gone', before: true },
      { op: 'replace', pointer: '/a~1b', before: 'x', after: 'y' },
      { op: 'replace', pointer: '/n/m', before: 1, after: 2 },
      { op: 'add', pointer: '/new~0', after: [] },
    ]);
  });

  it('diffs arrays by index and replaces values of another type whole', () => {
    expect(diffJson([1, 2, 3], [1, 5])).toEqual([
      { op: 'replace', pointer: '/1', before: 2, after: 5 },
      { op: 'remove', pointer: '/2', before: 3 },
    ]);
    expect(diffJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { op: 'replace', pointer: '/a', before: [1], after: { 0: 1 } },
    ]);
  });

  it('leads from before to after when applied', () => {
    const before = { list: [1, 2, 3, 4], o: { a: 1, b: { c: [true] } }, s: 'x' };
    const after = { list: [1, 9], o: { b: { c: [false, null], d: 1 } }, t: 2 };
    expect(apply(before, diffJson(before, after))).toEqual(after);
    const grow = { list: [1] };
    const grown = { list: [1, 2, 3] };
    expect(apply(grow, diffJson(grow, grown))).toEqual(grown);
  });
});

describe('diffFiles', () => {
  it('lists added, removed and changed files by path, and counts them', () => {
    const diffs = diffFiles(
      { 'a.json': { x: 1 }, 'b.json': { y: 1 }, 'c.json': {} },
      { 'a.json': { x: 2 }, 'c.json': {}, 'd.json': { z: 1 } },
    );
    expect(diffs.map((d) => [d.file, d.status])).toEqual([
      ['a.json', 'changed'],
      ['b.json', 'removed'],
      ['d.json', 'added'],
    ]);
    expect(diffs[0]!.changes).toEqual([{ op: 'replace', pointer: '/x', before: 1, after: 2 }]);
    expect(summarise(diffs)).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});

describe('bumpVersions', () => {
  const form = 'form-definitions/s/forms/f.json';
  const flow = 'workflows/s/w.json';
  const roles = 'workflows/s/roles.json';
  it('raises the version of changed forms and workflows only', () => {
    const before = {
      [form]: { id: 'f', version: 3, a: 1 },
      [flow]: { id: 'w', version: 1, b: 1 },
      [roles]: { roles: {} },
    };
    const after = {
      [form]: { id: 'f', version: 3, a: 2 },
      [flow]: { id: 'w', version: 1, b: 1 },
      [roles]: { roles: { x: {} } },
    };
    const { files, bumped } = bumpVersions('s', before, after);
    expect(bumped).toEqual([{ file: form, version: 4 }]);
    expect((files[form] as { version: number }).version).toBe(4);
    expect(files[flow]).toBe(after[flow]);
    expect(files[roles]).toBe(after[roles]);
  });
  it('keeps a version the author already raised, and leaves new files alone', () => {
    const { bumped } = bumpVersions(
      's',
      { [form]: { version: 1, a: 1 } },
      { [form]: { version: 5, a: 2 }, [flow]: { version: 1 } },
    );
    expect(bumped).toEqual([]);
  });
});
