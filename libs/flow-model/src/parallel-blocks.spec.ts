import { edge, nestedFlow, node, parallelFlow, withEdges, withNode } from './__tests__/fixtures';
import { findMatchingJoin, parallelBlocks } from './parallel-blocks';

describe('findMatchingJoin', () => {
  it('finds the join where all branches meet', () => {
    expect(findMatchingJoin(parallelFlow(), 'fork')).toMatchObject({ id: 'join', type: 'join' });
  });

  it('jumps over nested blocks', () => {
    expect(findMatchingJoin(nestedFlow(), 'outer')?.id).toBe('outerJoin');
    expect(findMatchingJoin(nestedFlow(), 'inner')?.id).toBe('innerJoin');
  });

  it('lets a branch escape to an end (a reject) without losing the match', () => {
    const def = withEdges(withNode(parallelFlow(), node.end('no', 'rejected')), edge('x', 'a', 'no', { on: 'reject' }));
    expect(findMatchingJoin(def, 'fork')?.id).toBe('join');
  });

  it('ignores return edges', () => {
    const def = withEdges(parallelFlow(), edge('x', 'a', 'acc', { on: 'return' }));
    expect(findMatchingJoin(def, 'fork')?.id).toBe('join');
  });

  it('finds nothing when branches meet in different joins, or not at all', () => {
    const split = withEdges(
      withNode({ ...parallelFlow(), edges: parallelFlow().edges.filter((e) => e.id !== 'bj') }, node.join('other')),
      edge('x', 'b', 'other'),
      edge('y', 'other', 'iss'),
    );
    expect(findMatchingJoin(split, 'fork')).toBeUndefined();
    expect(findMatchingJoin(parallelFlow(), 'a')).toBeUndefined();
    expect(findMatchingJoin(parallelFlow(), 'missing')).toBeUndefined();
  });
});

describe('parallelBlocks', () => {
  it('lists each block with the nodes of every branch', () => {
    expect(parallelBlocks(nestedFlow())).toEqual([
      {
        parallelId: 'outer',
        joinId: 'outerJoin',
        branches: [
          { edgeId: 'ox', head: 'x', nodeIds: ['x'] },
          { edgeId: 'oi', head: 'inner', nodeIds: ['inner', 'p', 'q', 'innerJoin'] },
        ],
      },
      {
        parallelId: 'inner',
        joinId: 'innerJoin',
        branches: [
          { edgeId: 'ip', head: 'p', nodeIds: ['p'] },
          { edgeId: 'iq', head: 'q', nodeIds: ['q'] },
        ],
      },
    ]);
  });

  it('leaves escape paths out of the branch', () => {
    const def = withEdges(withNode(parallelFlow(), node.end('no', 'rejected')), edge('x', 'a', 'no', { on: 'reject' }));
    expect(parallelBlocks(def)[0].branches[0].nodeIds).toEqual(['a']);
  });
});
