import { OVERLAP_MIN_JOBS, overlapParts } from './overlap-parts';

const jobs = (...instances: string[]) => instances.map((instance) => ({ instance }));

describe('overlapParts', () => {
  it('writes a small batch in one part', () => {
    const small = jobs(...'abcdefgh'.slice(0, OVERLAP_MIN_JOBS - 1));
    expect(overlapParts(small)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('splits a big batch into two halves, each in arrival order', () => {
    expect(overlapParts(jobs('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'))).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
  });

  it('keeps every job of one instance in one part', () => {
    expect(overlapParts(jobs('a', 'b', 'a', 'c', 'd', 'b', 'e', 'a'))).toEqual([
      [0, 1, 2, 5, 7],
      [3, 4, 6],
    ]);
  });

  it('writes one part when one instance is most of the batch', () => {
    expect(overlapParts(jobs('a', 'a', 'a', 'a', 'a', 'a', 'b'))).toEqual([[0, 1, 2, 3, 4, 5], [6]]);
    expect(overlapParts(jobs('a', 'a', 'a', 'a', 'a', 'a', 'a'))).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  it('writes one part when one idempotency key is used on two instances', () => {
    const batch = [...jobs('a', 'b', 'c', 'd', 'e'), { instance: 'f', key: 'k' }, { instance: 'a', key: 'k' }];
    expect(overlapParts(batch)).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  it('keeps twins of one key on one instance together like any jobs of that instance', () => {
    const batch = [{ instance: 'a', key: 'k' }, ...jobs('b', 'c', 'd', 'e', 'f'), { instance: 'a', key: 'k' }];
    const parts = overlapParts(batch);
    expect(parts).toHaveLength(2);
    expect(parts.find((part) => part.includes(0))).toContain(6);
  });
});
