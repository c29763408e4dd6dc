import { shippedFlow } from '../../__tests__/fixtures';
import { autoLayout } from '../autoLayout';

describe('auto-layout', () => {
  it('places every node, left to right along the flow, without overlaps', async () => {
    const flow = shippedFlow('parallel-review');
    const layout = await autoLayout({ ...flow, layout: undefined });
    expect(Object.keys(layout).sort()).toEqual(flow.nodes.map((node) => node.id).sort());
    expect(layout.start.x).toBeLessThan(layout.accept.x);
    expect(layout.fork.x).toBeLessThan(layout.plan.x);
    expect(layout.join.x).toBeLessThan(layout.issue.x);
    const branchYs = ['plan', 'fire', 'env'].map((id) => layout[id].y);
    expect(new Set(branchYs).size).toBe(3);
  });

  it('ignores return edges so a return does not push its target right', async () => {
    const flow = shippedFlow('construction-permit');
    const layout = await autoLayout(flow);
    for (const edge of flow.edges.filter((e) => e.on === 'return')) {
      expect(layout[edge.target].x).toBeLessThan(layout[edge.source].x);
    }
  });
});
