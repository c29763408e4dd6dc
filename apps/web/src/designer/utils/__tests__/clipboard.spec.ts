import { smallFlow } from '../../__tests__/fixtures';
import { copyFragment, renameFragment } from '../clipboard';

describe('clipboard', () => {
  it('copies only edges between copied nodes', () => {
    const fragment = copyFragment(smallFlow(), ['accept', 'review'])!;
    expect(fragment.edges.map((e) => e.id)).toEqual(['e2']);
    expect(copyFragment(smallFlow(), [])).toBeNull();
  });

  it('renames a pasted copy so ids never clash, even when pasted twice', () => {
    const flow = smallFlow();
    const fragment = copyFragment(flow, ['accept', 'review'])!;
    const first = renameFragment(flow, fragment, { x: 10, y: 0 });
    const twice = { ...flow, nodes: [...flow.nodes, ...first.nodes], edges: [...flow.edges, ...first.edges] };
    const second = renameFragment(twice, fragment, { x: 20, y: 0 });
    expect(first.ids).toEqual(['acceptance-1', 'review-1']);
    expect(second.ids).toEqual(['acceptance-2', 'review-2']);
    expect(second.edges[0]).toMatchObject({ source: 'acceptance-2', target: 'review-2' });
    expect(second.layout['review-2']).toEqual({ x: 500, y: 0 });
  });
});
