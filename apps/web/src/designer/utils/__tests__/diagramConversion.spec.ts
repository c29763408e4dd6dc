import fc from 'fast-check';
import { validateFlow } from '@tongban/flow-model';
import { shippedFlow, smallFlow } from '../../__tests__/fixtures';
import { definitionToDiagram, fallbackPosition } from '../definitionToDiagram';
import { diagramToDefinition } from '../diagramToDefinition';
import { indexProblems } from '../problemIndex';

const headerOf = ({ nodes: _n, edges: _e, layout: _l, ...header }: ReturnType<typeof shippedFlow>) => header;

describe('definition ↔ diagram', () => {
  it.each(['parallel-review', 'construction-permit', 'one-time-notice', 'instant'])(
    'round-trips the shipped flow %s',
    (key) => {
      const def = shippedFlow(key);
      const diagram = definitionToDiagram(def);
      expect(diagram.nodes).toHaveLength(def.nodes.length);
      expect(diagramToDefinition(diagram, headerOf(def))).toEqual(def);
    },
  );

  it('keeps edge order, which is the order a condition tries its branches', () => {
    const def = shippedFlow('construction-permit');
    const back = diagramToDefinition(definitionToDiagram(def), headerOf(def));
    expect(back.edges.map((edge) => edge.id)).toEqual(def.edges.map((edge) => edge.id));
  });

  it('places nodes without a stored position in a row and stores them on the way back', () => {
    const { layout: _layout, ...def } = smallFlow();
    const diagram = definitionToDiagram(def);
    expect(diagram.nodes.map((node) => node.position)).toEqual([0, 1, 2, 3].map(fallbackPosition));
    expect(diagramToDefinition(diagram, headerOf(def)).layout?.ok).toEqual(fallbackPosition(3));
  });

  it('marks nodes and edges with their validation messages and the selection', () => {
    const def = smallFlow();
    def.nodes[2] = { ...def.nodes[2], assignees: { roles: [], users: [] } } as (typeof def.nodes)[number];
    def.edges[2] = { ...def.edges[2], when: 'data.a > 1' };
    const problems = indexProblems(validateFlow(def).errors);
    const diagram = definitionToDiagram(def, { problems, selection: { nodeIds: ['review'], edgeIds: [] } });
    const review = diagram.nodes.find((node) => node.id === 'review')!;
    expect(review.selected).toBe(true);
    expect(review.data.problems.join()).toContain('办理人');
    expect(diagram.edges.find((edge) => edge.id === 'e3')!.data!.problems).toHaveLength(1);
    expect(diagram.nodes.find((node) => node.id === 'ok')!.data.problems).toEqual([]);
  });

  it('round-trips any positions, rounded to whole pixels', () => {
    const def = smallFlow();
    const xy = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(xy, { minLength: 4, maxLength: 4 }), (positions) => {
        const layout = Object.fromEntries(def.nodes.map((node, i) => [node.id, positions[i]]));
        const moved = { ...def, layout };
        expect(diagramToDefinition(definitionToDiagram(moved), headerOf(moved))).toEqual(moved);
      }),
    );
  });
});
