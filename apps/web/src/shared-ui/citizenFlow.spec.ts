import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowDefinitionSchema, type FlowDefinition } from '@tongban/flow-model';
import { citizenFlow, passedNodeIds } from './citizenFlow';

const shipped = (key: string): FlowDefinition =>
  flowDefinitionSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../../workflows', `${key}.json`), 'utf8')));

describe('the flow an applicant sees', () => {
  const flow = citizenFlow(shipped('parallel-review'));

  it('leaves out 并联分发 and 汇总意见 and keeps every step a person handles', () => {
    expect(flow.nodes.map((node) => node.id)).toEqual(['start', 'accept', 'plan', 'fire', 'env', 'issue', 'ok', 'no']);
  });

  it('joins the steps across the hidden nodes and keeps the direct edges with their labels', () => {
    const pairs = flow.edges.map((edge) => `${edge.source}→${edge.target}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['accept→plan', 'accept→fire', 'accept→env', 'plan→issue', 'fire→issue', 'env→issue']),
    );
    expect(flow.edges.find((edge) => edge.source === 'plan' && edge.target === 'no')?.label).toBe('不同意');
    expect(flow.edges.find((edge) => edge.source === 'accept' && edge.target === 'plan')?.label).toBeUndefined();
  });

  it('lays the steps out in columns by their distance from the start', () => {
    expect(flow.layout?.start).toEqual({ x: 0, y: 0 });
    expect(flow.layout?.plan?.x).toBe(flow.layout?.fire?.x);
    expect(flow.layout?.issue?.x).toBeGreaterThan(flow.layout?.plan?.x ?? Infinity);
    expect(flow.layout?.ok?.x).toBeGreaterThan(flow.layout?.issue?.x ?? Infinity);
  });

  it('hides a condition and keeps both ways after it (construction permit)', () => {
    const permit = shipped('construction-permit');
    const seen = citizenFlow(permit);
    expect(seen.nodes.some((node) => node.type === 'condition' || node.type === 'parallel' || node.type === 'join')).toBe(false);
    for (const edge of seen.edges) {
      expect(seen.nodes.some((node) => node.id === edge.source)).toBe(true);
      expect(seen.nodes.some((node) => node.id === edge.target)).toBe(true);
    }
  });
});

describe('the nodes an item has passed', () => {
  const def = shipped('parallel-review');

  it('after a finished item, includes 申请, 并联分发 and 汇总意见 though their history is silent', () => {
    const passed = passedNodeIds(def, ['accept', 'plan', 'fire', 'env', 'issue', 'ok'], []);
    expect(passed).toEqual(['start', 'accept', 'fork', 'plan', 'fire', 'env', 'join', 'issue', 'ok']);
  });

  it('while the reviews run, has passed 并联分发 but not 汇总意见 and not the current reviews', () => {
    const passed = passedNodeIds(def, ['accept', 'plan'], ['fire', 'env']);
    expect(passed).toEqual(['start', 'accept', 'fork', 'plan']);
  });

  it('never marks a department review passed because a later node was reached', () => {
    // Rejected by planning: the item went to 不予许可 without fire and environment deciding.
    const passed = passedNodeIds(def, ['accept', 'plan', 'no'], []);
    expect(passed).toEqual(['start', 'accept', 'fork', 'plan', 'no']);
  });
});
