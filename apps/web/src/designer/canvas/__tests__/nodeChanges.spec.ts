import { edgeChangesToActions, nodeChangesToActions } from '../nodeChanges';

describe('React Flow changes as designer actions', () => {
  it('moves while dragging without an undo step, and commits on drop', () => {
    expect(
      nodeChangesToActions([{ type: 'position', id: 'a', position: { x: 10.4, y: 20.6 }, dragging: true }]),
    ).toEqual([{ type: 'moveNodes', positions: { a: { x: 10, y: 21 } }, transient: true }]);
    expect(nodeChangesToActions([{ type: 'position', id: 'a', dragging: false }])).toEqual([{ type: 'commit' }]);
  });

  it('turns selection changes into one selection action and ignores removals and sizes', () => {
    expect(
      nodeChangesToActions([
        { type: 'select', id: 'a', selected: true },
        { type: 'select', id: 'b', selected: false },
        { type: 'remove', id: 'c' },
        { type: 'dimensions', id: 'a', dimensions: { width: 200, height: 80 } },
      ]),
    ).toEqual([
      {
        type: 'changeSelection',
        nodes: [
          { id: 'a', selected: true },
          { id: 'b', selected: false },
        ],
      },
    ]);
    expect(
      edgeChangesToActions([
        { type: 'select', id: 'e', selected: true },
        { type: 'remove', id: 'f' },
      ]),
    ).toEqual([{ type: 'changeSelection', edges: [{ id: 'e', selected: true }] }]);
  });
});
