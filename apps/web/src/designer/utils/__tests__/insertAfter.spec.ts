import { validateFlow } from '@tongban/flow-model';
import { smallFlow } from '../../__tests__/fixtures';
import { clearSpot, insertAfter } from '../insertAfter';
import { createNode } from '../newNode';

const notice = () => createNode('notification', 'notification-1', '通知申请人');

describe('adding a node after the selected one', () => {
  it('splices it into the way on: the old edge ends at the new node, one edge goes on, none is added twice', () => {
    const flow = insertAfter(smallFlow(), 'review', notice());
    const fromReview = flow.edges.filter((edge) => edge.source === 'review');
    expect(fromReview).toEqual([{ id: 'e3', source: 'review', target: 'notification-1', on: 'approve' }]);
    expect(flow.edges.filter((edge) => edge.source === 'notification-1')).toEqual([
      { id: 'e-notification-1-ok-1', source: 'notification-1', target: 'ok' },
    ]);
    expect(flow.edges).toHaveLength(4);
    expect(
      validateFlow({
        ...flow,
        nodes: flow.nodes.map((n) => (n.type === 'notification' ? { ...n, template: '已办结' } : n)),
      }).errors,
    ).toEqual([]);
  });

  it('moves the cards to its right one column over and puts the new card where none is', () => {
    const flow = insertAfter(smallFlow(), 'review', notice());
    expect(flow.layout?.['notification-1']).toEqual({ x: 720, y: 0 });
    expect(flow.layout?.ok).toEqual({ x: 960, y: 0 });
    expect(flow.layout?.accept).toEqual({ x: 240, y: 0 });
  });

  it('after a review keeps its reject edge where it was and splices into the approve edge', () => {
    const base = smallFlow();
    base.nodes.push({ id: 'no', type: 'end', name: '不予许可', outcome: 'rejected' });
    base.edges.push({ id: 'e4', source: 'review', target: 'no', on: 'reject' });
    base.layout = { ...base.layout, no: { x: 720, y: 160 } };
    const flow = insertAfter(base, 'review', notice());
    expect(flow.edges.find((edge) => edge.id === 'e4')?.target).toBe('no');
    expect(flow.edges.find((edge) => edge.id === 'e3')?.target).toBe('notification-1');
  });

  it('after a gateway adds a new branch with one edge, below the branches already there', () => {
    const base = smallFlow();
    base.nodes.push(createNode('condition', 'condition-1', '条件'));
    base.edges.push({ id: 'c1', source: 'condition-1', target: 'ok', default: true });
    base.layout = { ...base.layout, 'condition-1': { x: 480, y: 300 }, ok: { x: 720, y: 300 } };
    const flow = insertAfter(base, 'condition-1', notice());
    expect(flow.edges.filter((edge) => edge.source === 'condition-1')).toHaveLength(2);
    expect(flow.layout?.['notification-1']).toEqual({ x: 720, y: 440 });
  });

  it('finds a free spot row by row', () => {
    expect(clearSpot({ a: { x: 0, y: 0 }, b: { x: 0, y: 140 } }, { x: 10, y: 0 })).toEqual({ x: 10, y: 280 });
    expect(clearSpot({ a: { x: 0, y: 0 } }, { x: 240, y: 0 })).toEqual({ x: 240, y: 0 });
  });
});
