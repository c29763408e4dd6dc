import { edge, flow, linearFlow, node, parallelFlow, withEdges } from './__tests__/fixtures';
import { flowDefinitionSchema, type FlowDefinition } from './flow-definition.schema';
import { incomingEdges, isReturnEdge, nodeById, outgoingEdges } from './graph';

const parse = (def: unknown): FlowDefinition => flowDefinitionSchema.parse(def);

describe('graph helpers', () => {
  const def = parse(withEdges(linearFlow(), edge('back', 'rev', 'acc', { on: 'return' })));

  it('finds a node by id, the first one when ids repeat', () => {
    expect(nodeById(def, 'rev')).toMatchObject({ id: 'rev', type: 'review', mode: 'any' });
    expect(nodeById(def, 'nope')).toBeUndefined();
    const dup = parse(flow([node.review('x', { name: '甲' }), node.review('x', { name: '乙' })], []));
    expect(nodeById(dup, 'x')?.name).toBe('甲');
  });

  it('lists outgoing and incoming edges in definition order, return edges included', () => {
    expect(outgoingEdges(def, 'rev').map((e) => e.id)).toEqual(['e3', 'back']);
    expect(incomingEdges(def, 'acc').map((e) => e.id)).toEqual(['e1', 'back']);
    expect(outgoingEdges(def, 'ok')).toEqual([]);
  });

  it('tells return edges apart', () => {
    expect(def.edges.filter(isReturnEdge).map((e) => e.id)).toEqual(['back']);
  });

  it('accepts raw input as well as parsed definitions', () => {
    expect(outgoingEdges(parallelFlow(), 'fork').map((e) => e.target)).toEqual(['a', 'b']);
  });
});
