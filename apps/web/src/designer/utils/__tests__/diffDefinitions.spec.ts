import { shippedFlow, smallFlow } from '../../__tests__/fixtures';
import { canonical, diffDefinitions, diffSize } from '../diffDefinitions';

describe('comparing two versions', () => {
  it('finds nothing between a flow and itself, whatever its positions and key order', () => {
    const flow = shippedFlow('parallel-review');
    const moved = { ...flow, layout: {}, nodes: flow.nodes.map((node) => JSON.parse(canonical(node))) };
    expect(diffSize(diffDefinitions(flow, moved))).toBe(0);
  });

  it('lists nodes added, removed and changed with the fields that changed', () => {
    const before = smallFlow();
    const after = smallFlow();
    after.nodes = after.nodes.filter((node) => node.id !== 'ok');
    after.nodes.push({ id: 'done', type: 'end', outcome: 'approved' });
    after.nodes[2] = { ...after.nodes[2], timeLimit: { days: 5 }, name: '规划审查' } as (typeof after.nodes)[number];
    after.edges[2] = { ...after.edges[2], target: 'done' };
    after.name = '小流程（修订）';
    const diff = diffDefinitions(before, after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['done']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['ok']);
    expect(diff.nodes.changed).toEqual([
      expect.objectContaining({
        id: 'review',
        fields: [
          { field: 'timeLimit', before: { days: 3 }, after: { days: 5 } },
          { field: 'name', before: undefined, after: '规划审查' },
        ],
      }),
    ]);
    expect(diff.edges.changed.map((e) => e.fields.map((f) => f.field))).toEqual([['target']]);
    expect(diff.header).toEqual([{ field: 'name', before: '小流程', after: '小流程（修订）' }]);
    expect(diffSize(diff)).toBe(5);
  });
});
