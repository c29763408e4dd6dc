import { smallFlow } from '../../__tests__/fixtures';
import { copyFragment } from '../../utils/clipboard';
import { createNode } from '../../utils/newNode';
import { designerReducer, initDesigner, type DesignerAction, type DesignerState } from '../designerReducer';

const run = (state: DesignerState, ...actions: DesignerAction[]) => actions.reduce(designerReducer, state);
const flowOf = (state: DesignerState) => state.history.present;

describe('designer reducer', () => {
  it('adds a node with its edge as one undo step and selects it', () => {
    const start = initDesigner(smallFlow());
    const node = createNode('notification', 'notification-1', '通知申请人');
    const edge = { id: 'e-x', source: 'review', target: 'notification-1' };
    const added = run(start, { type: 'addNode', node, position: { x: 9, y: 9 }, edges: [edge] });
    expect(flowOf(added).nodes).toContain(node);
    expect(flowOf(added).edges).toContain(edge);
    expect(flowOf(added).layout?.['notification-1']).toEqual({ x: 9, y: 9 });
    expect(added.selection.nodeIds).toEqual(['notification-1']);
    expect(flowOf(run(added, { type: 'undo' }))).toBe(flowOf(start));
  });

  it('deletes a node with every edge touching it, and one undo brings all back', () => {
    const start = initDesigner(smallFlow());
    const deleted = run(
      start,
      { type: 'select', selection: { nodeIds: ['review'], edgeIds: [] } },
      { type: 'delete', nodeIds: ['review'], edgeIds: [] },
    );
    expect(flowOf(deleted).nodes.map((n) => n.id)).toEqual(['start', 'accept', 'ok']);
    expect(flowOf(deleted).edges.map((e) => e.id)).toEqual(['e1']);
    expect(flowOf(deleted).layout?.review).toBeUndefined();
    expect(deleted.selection.nodeIds).toEqual([]);
    const restored = run(deleted, { type: 'undo' });
    expect(flowOf(restored)).toEqual(smallFlow());
    expect(flowOf(run(restored, { type: 'redo' }))).toBe(flowOf(deleted));
  });

  it('one property edit is one step however many keystrokes it took', () => {
    const start = initDesigner(smallFlow());
    const typed = run(
      start,
      { type: 'updateNode', id: 'review', patch: { name: '规' }, transient: true },
      { type: 'updateNode', id: 'review', patch: { name: '规划' }, transient: true },
      { type: 'updateNode', id: 'review', patch: { name: '规划审查' }, transient: true },
      { type: 'commit' },
    );
    expect(flowOf(typed).nodes[2].name).toBe('规划审查');
    expect(typed.history.past).toHaveLength(1);
    expect(flowOf(run(typed, { type: 'undo' })).nodes[2].name).toBeUndefined();
  });

  it('clears an optional field when patched with undefined, and keeps other nodes as the same objects', () => {
    const start = initDesigner(smallFlow());
    const next = run(start, { type: 'updateNode', id: 'review', patch: { onTimeout: undefined } });
    expect('onTimeout' in flowOf(next).nodes[2]).toBe(false);
    expect(flowOf(next).nodes[0]).toBe(flowOf(start).nodes[0]);
  });

  it('a drag is one step: transient moves, then commit', () => {
    const start = initDesigner(smallFlow());
    const dragged = run(
      start,
      { type: 'moveNodes', positions: { ok: { x: 730, y: 10 } }, transient: true },
      { type: 'moveNodes', positions: { ok: { x: 760, y: 40 } }, transient: true },
      { type: 'commit' },
    );
    expect(flowOf(dragged).layout?.ok).toEqual({ x: 760, y: 40 });
    expect(flowOf(run(dragged, { type: 'undo' })).layout?.ok).toEqual({ x: 720, y: 0 });
  });

  it('pastes a copy with fresh ids, its inner edges and an offset, selecting the copy', () => {
    const start = initDesigner(smallFlow());
    const fragment = copyFragment(flowOf(start), ['review', 'ok'])!;
    const pasted = run(start, { type: 'paste', fragment, offset: { x: 40, y: 40 } });
    const flow = flowOf(pasted);
    expect(pasted.selection.nodeIds).toEqual(['review-1', 'end-1']);
    expect(flow.edges.at(-1)).toMatchObject({ source: 'review-1', target: 'end-1', on: 'approve' });
    expect(flow.layout?.['end-1']).toEqual({ x: 760, y: 40 });
    expect(flowOf(run(pasted, { type: 'undo' }))).toBe(flowOf(start));
  });

  it('auto-layout is one step', () => {
    const start = initDesigner(smallFlow());
    const laid = run(start, { type: 'applyLayout', layout: { start: { x: 1, y: 1 } } });
    expect(flowOf(run(laid, { type: 'undo' })).layout).toEqual(smallFlow().layout);
  });

  it('reorders a condition branch among its own source edges only', () => {
    const flow = smallFlow();
    flow.edges.push({ id: 'e4', source: 'accept', target: 'ok', on: 'reject' });
    const next = run(initDesigner(flow), { type: 'reorderEdge', id: 'e4', direction: -1 });
    expect(flowOf(next).edges.map((e) => e.id)).toEqual(['e1', 'e4', 'e3', 'e2']);
  });

  it('undo drops selected ids that no longer exist', () => {
    const start = initDesigner(smallFlow());
    const node = createNode('end', 'end-1', '办结');
    const state = run(start, { type: 'addNode', node, position: { x: 0, y: 0 } }, { type: 'undo' });
    expect(state.selection.nodeIds).toEqual([]);
  });
});

describe('selection', () => {
  it('applies React Flow select changes to the current selection and ends the edit in progress', () => {
    const typing = run(initDesigner(smallFlow()), {
      type: 'updateNode',
      id: 'review',
      patch: { name: '审' },
      transient: true,
    });
    const state = run(
      typing,
      {
        type: 'changeSelection',
        nodes: [
          { id: 'review', selected: true },
          { id: 'ok', selected: true },
        ],
      },
      { type: 'changeSelection', edges: [{ id: 'e3', selected: true }], nodes: [{ id: 'ok', selected: false }] },
    );
    expect(state.selection).toEqual({ nodeIds: ['review'], edgeIds: ['e3'] });
    expect(state.history.base).toBeNull();
    expect(state.history.past).toHaveLength(1);
  });
});
