// Undo/redo of draft edits: whole-file replacement, deletion, merging quick repeats, the redo stack.
import { describe, expect, it } from 'vitest';
import { applyChanges, changedPaths, emptyHistory, recordEdit, redo, undo } from './history';

const files = { 'a.json': { x: 1 }, 'b.json': { y: 2 } };

describe('draft history', () => {
  it('undoes and redoes an edit that changes one file and deletes another', () => {
    const changes = { 'a.json': { x: 2 }, 'b.json': undefined };
    const history = recordEdit(files, emptyHistory, changes, 'Edit a', 1000);
    const after = applyChanges(files, changes);
    expect(after).toEqual({ 'a.json': { x: 2 } });
    const undone = undo(after, history)!;
    expect(undone.files).toEqual(files);
    expect(undone.label).toBe('Edit a');
    const redone = redo(undone.files, undone.history)!;
    expect(redone.files).toEqual(after);
    expect(redo(redone.files, redone.history)).toBeUndefined();
    expect(undo(files, emptyHistory)).toBeUndefined();
  });

  it('merges quick repeats of the same edit into one step, but not different edits or slow ones', () => {
    let current = files as Record<string, unknown>;
    let history = emptyHistory;
    for (const [x, at] of [[2, 1000], [3, 1500], [4, 2000]] as const) {
      history = recordEdit(current, history, { 'a.json': { x } }, 'Type', at);
      current = applyChanges(current, { 'a.json': { x } });
    }
    expect(history.past).toHaveLength(1);
    expect(undo(current, history)!.files).toEqual(files);
    history = recordEdit(current, history, { 'a.json': { x: 5 } }, 'Type', 9000);
    history = recordEdit(current, history, { 'b.json': { y: 5 } }, 'Type', 9100);
    expect(history.past).toHaveLength(3);
  });

  it('a new edit clears the redo stack', () => {
    const history = recordEdit(files, emptyHistory, { 'a.json': { x: 2 } }, 'One', 0);
    const undone = undo(applyChanges(files, { 'a.json': { x: 2 } }), history)!;
    expect(undone.history.future).toHaveLength(1);
    expect(recordEdit(undone.files, undone.history, { 'b.json': {} }, 'Two', 10).future).toHaveLength(0);
  });

  it('lists the paths that differ', () => {
    expect(changedPaths(files, { 'a.json': { x: 1 }, 'c.json': {} })).toEqual(['b.json', 'c.json']);
  });
});
