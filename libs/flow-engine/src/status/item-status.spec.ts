import type { ItemStatus } from '../types';
import { DECIDED_STATUSES, FINAL_STATUSES, isDecided, isFinal, OPEN_STATUSES } from './item-status';

const EVERY: ItemStatus[] = ['submitted', 'awaiting-supplement', 'in-review', 'approved', 'rejected', 'withdrawn'];

describe('final and decided statuses', () => {
  it('an item is finished once approved, rejected or withdrawn, and open in every other status', () => {
    expect(EVERY.filter(isFinal)).toEqual(['approved', 'rejected', 'withdrawn']);
    expect(EVERY.filter((status) => !isFinal(status))).toEqual([...OPEN_STATUSES]);
  });

  it('the lists the SQL is given are exactly what the functions answer, and split every status in two', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(EVERY.filter(isFinal).sort());
    expect([...DECIDED_STATUSES].sort()).toEqual(EVERY.filter(isDecided).sort());
    expect([...FINAL_STATUSES, ...OPEN_STATUSES].sort()).toEqual([...EVERY].sort());
  });

  it('only approval and refusal decide: a withdrawn item is finished without a decision', () => {
    expect(isDecided('approved')).toBe(true);
    expect(isDecided('rejected')).toBe(true);
    expect(isDecided('withdrawn')).toBe(false);
    expect(isFinal('withdrawn')).toBe(true);
    expect(isDecided('in-review')).toBe(false);
  });

  it('an unknown word is neither final nor decided', () => {
    expect(isFinal('terminated')).toBe(false);
    expect(isDecided('')).toBe(false);
  });
});
