import { votesNeeded, voteResult } from './vote';

describe('votesNeeded', () => {
  it.each([
    ['all', 5, 5],
    ['any', 5, 1],
    [{ atLeast: 2 }, 5, 2],
    [{ atLeast: 7 }, 5, 5],
    [{ percent: 60 }, 5, 3],
    [{ percent: 60 }, 4, 3],
    [{ percent: 50 }, 4, 2],
    [{ percent: 1 }, 3, 1],
    [{ percent: 100 }, 3, 3],
  ] as const)('%p of %i voters needs %i', (rule, of, need) => {
    expect(votesNeeded(rule, of)).toBe(need);
  });
});

describe('voteResult', () => {
  it('all: the first reject decides; approval needs everyone', () => {
    expect(voteResult('all', { of: 3, approve: 2, reject: 0 })).toBeNull();
    expect(voteResult('all', { of: 3, approve: 3, reject: 0 })).toBe('approve');
    expect(voteResult('all', { of: 3, approve: 2, reject: 1 })).toBe('reject');
  });

  it('any: the first approve decides; rejected only when everyone rejected', () => {
    expect(voteResult('any', { of: 3, approve: 1, reject: 0 })).toBe('approve');
    expect(voteResult('any', { of: 3, approve: 0, reject: 2 })).toBeNull();
    expect(voteResult('any', { of: 3, approve: 0, reject: 3 })).toBe('reject');
  });

  it('percent 60 of 5: three approvals approve; the third reject rejects (only two could still approve)', () => {
    expect(voteResult({ percent: 60 }, { of: 5, approve: 2, reject: 2 })).toBeNull();
    expect(voteResult({ percent: 60 }, { of: 5, approve: 3, reject: 2 })).toBe('approve');
    expect(voteResult({ percent: 60 }, { of: 5, approve: 0, reject: 3 })).toBe('reject');
  });

  it('atLeast 2 of 4: the third reject rejects', () => {
    expect(voteResult({ atLeast: 2 }, { of: 4, approve: 1, reject: 2 })).toBeNull();
    expect(voteResult({ atLeast: 2 }, { of: 4, approve: 1, reject: 3 })).toBe('reject');
  });
});
