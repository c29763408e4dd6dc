import fc from 'fast-check';
import { canRedo, canUndo, change, commit, createHistory, HISTORY_LIMIT, redo, undo } from '../history';

describe('undo history', () => {
  it('undoes and redoes committed changes one at a time', () => {
    let h = createHistory('a');
    h = change(h, 'b');
    h = change(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('folds a run of transient changes into one step at commit', () => {
    let h = createHistory('');
    for (const text of ['审', '审查', '审查科']) h = change(h, text, true);
    h = commit(h);
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('undo first settles a pending edit, then undoes all of it', () => {
    let h = change(createHistory(1), 2);
    h = change(h, 3, true);
    h = change(h, 4, true);
    h = undo(h);
    expect(h.present).toBe(2);
    expect(redo(h).present).toBe(4);
  });

  it('a transient edit that ends where it began leaves no step', () => {
    const start = createHistory('x');
    const h = commit(change(change(start, 'y', true), 'x', true));
    expect(h.past).toEqual([]);
  });

  it('a new change drops the redo branch', () => {
    const h = change(undo(change(createHistory('a'), 'b')), 'c');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('a');
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = change(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('undoing everything then redoing everything returns to the same document', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.boolean()), { maxLength: 40 }), (steps) => {
        let h = createHistory(-1);
        for (const [value, transient] of steps) h = change(h, value, transient);
        h = commit(h);
        const end = h.present;
        while (canUndo(h)) h = undo(h);
        expect(h.present).toBe(-1);
        while (canRedo(h)) h = redo(h);
        expect(h.present).toBe(end);
      }),
    );
  });
});
