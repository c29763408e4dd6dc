import { validateFlow } from '@tongban/flow-model';
import { smallFlow } from '../../__tests__/fixtures';
import { connectionProblem, createEdge } from '../newEdge';
import { createNode } from '../newNode';

describe('drawing an edge', () => {
  it('takes the first unused outcome of a review: approve, then reject', () => {
    const flow = smallFlow();
    expect(createEdge(flow, 'review', 'ok')).toMatchObject({ on: 'reject', label: '不同意' });
    flow.edges = flow.edges.filter((edge) => edge.source !== 'review');
    expect(createEdge(flow, 'review', 'ok')).toMatchObject({ id: 'e-review-ok-1', on: 'approve', label: '同意' });
  });

  it('labels an acceptance decision 受理, then 不予受理', () => {
    const flow = smallFlow();
    expect(createEdge(flow, 'accept', 'ok')).toMatchObject({ on: 'reject', label: '不予受理' });
    flow.edges = flow.edges.filter((edge) => edge.source !== 'accept');
    expect(createEdge(flow, 'accept', 'ok')).toMatchObject({ on: 'accept', label: '受理' });
  });

  it('makes the first branch of a condition its default and leaves the next to be written', () => {
    const flow = smallFlow();
    flow.nodes.push(createNode('condition', 'condition-1', '条件'));
    const first = createEdge(flow, 'condition-1', 'ok');
    expect(first).toMatchObject({ default: true });
    flow.edges.push(first);
    const second = createEdge(flow, 'condition-1', 'review');
    expect(second.default).toBeUndefined();
    expect(second.when).toBeUndefined();
  });

  it('draws plain edges from nodes without outcomes', () => {
    expect(createEdge(smallFlow(), 'start', 'ok')).toEqual({ id: 'e-start-ok-1', source: 'start', target: 'ok' });
  });

  it('refuses self loops, duplicates, edges into the start and out of an end', () => {
    const flow = smallFlow();
    expect(connectionProblem(flow, 'review', 'review')).toBe('self');
    expect(connectionProblem(flow, 'start', 'accept')).toBe('duplicate');
    expect(connectionProblem(flow, 'review', 'start')).toBe('intoStart');
    expect(connectionProblem(flow, 'ok', 'review')).toBe('fromEnd');
    expect(connectionProblem(flow, 'review', 'accept')).toBeNull();
  });

  it('gives a flow drawn edge by edge that validates', () => {
    const flow = smallFlow();
    flow.edges = [];
    for (const [s, t] of [
      ['start', 'accept'],
      ['accept', 'review'],
      ['review', 'ok'],
    ])
      flow.edges.push(createEdge(flow, s, t));
    expect(validateFlow(flow)).toEqual({ valid: true, errors: [] });
  });
});
