/**
 * Undo history of whole documents. A change is either committed (one undo step) or transient: typing
 * in a field or dragging a node changes `present` at once, and `commit` later turns the whole run of
 * transient changes into a single step, so one property edit or one drag is undone in one go.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The document before the first uncommitted transient change, or null. */
  base: T | null;
}

export const HISTORY_LIMIT = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], base: null };
}

const pushed = <T>(past: T[], entry: T): T[] => [...past, entry].slice(-HISTORY_LIMIT);

export function change<T>(history: History<T>, next: T, transient = false): History<T> {
  if (next === history.present) return history;
  if (transient) return { ...history, present: next, future: [], base: history.base ?? history.present };
  const before = history.base ?? history.present;
  return { past: pushed(history.past, before), present: next, future: [], base: null };
}

export function commit<T>(history: History<T>): History<T> {
  if (history.base === null) return history;
  if (history.base === history.present) return { ...history, base: null };
  return { past: pushed(history.past, history.base), present: history.present, future: [], base: null };
}

export function undo<T>(history: History<T>): History<T> {
  const settled = commit(history);
  if (settled.past.length === 0) return settled;
  const previous = settled.past[settled.past.length - 1];
  return {
    past: settled.past.slice(0, -1),
    present: previous,
    future: [settled.present, ...settled.future],
    base: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const settled = commit(history);
  if (settled.future.length === 0) return settled;
  const [next, ...rest] = settled.future;
  return { past: pushed(settled.past, settled.present), present: next, future: rest, base: null };
}

export const canUndo = (history: History<unknown>) =>
  history.past.length > 0 || (history.base !== null && history.base !== history.present);
export const canRedo = (history: History<unknown>) => history.future.length > 0;
