import { smallFlow } from '../../__tests__/fixtures';
import { definitionToDiagram } from '../definitionToDiagram';
import { reuseUnchangedEdges, reuseUnchangedNodes } from '../reuseUnchanged';

describe('reusing unchanged diagram elements', () => {
  it('keeps every object when nothing changed, even the array', () => {
    const first = definitionToDiagram(smallFlow());
    const second = definitionToDiagram(smallFlow());
    expect(reuseUnchangedNodes(first.nodes, second.nodes)).toBe(first.nodes);
    expect(reuseUnchangedEdges(first.edges, second.edges)).toBe(first.edges);
  });

  it('replaces only the node that moved', () => {
    const flow = smallFlow();
    const first = definitionToDiagram(flow);
    const moved = definitionToDiagram({ ...flow, layout: { ...flow.layout, ok: { x: 1, y: 1 } } });
    const nodes = reuseUnchangedNodes(first.nodes, moved.nodes);
    expect(nodes.filter((node, i) => node !== first.nodes[i]).map((node) => node.id)).toEqual(['ok']);
  });

  it('replaces a node whose problems changed', () => {
    const flow = smallFlow();
    const first = definitionToDiagram(flow);
    const marked = definitionToDiagram(flow, {
      problems: { byNode: new Map([['review', ['x']]]), byEdge: new Map(), general: [] },
    });
    const nodes = reuseUnchangedNodes(first.nodes, marked.nodes);
    expect(nodes[2]).not.toBe(first.nodes[2]);
    expect(nodes[1]).toBe(first.nodes[1]);
  });
});
