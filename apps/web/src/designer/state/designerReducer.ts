import type { FlowDefinition, FlowEdge, FlowNode } from '@tongban/flow-model';
import { EMPTY_SELECTION, type Selection, type XY } from '../types';
import { renameFragment, type FlowFragment } from '../utils/clipboard';
import * as edits from './flowEdits';
import { change, commit, createHistory, redo, undo, type History } from './history';

export interface SelectionChange {
  id: string;
  selected: boolean;
}

export interface DesignerState {
  history: History<FlowDefinition>;
  selection: Selection;
}

export type DesignerAction =
  | { type: 'load'; flow: FlowDefinition }
  | { type: 'replace'; flow: FlowDefinition }
  | { type: 'addNode'; node: FlowNode; position: XY; edges?: FlowEdge[] }
  | { type: 'insertAfter'; after: string; node: FlowNode }
  | { type: 'addEdge'; edge: FlowEdge }
  | { type: 'updateNode'; id: string; patch: edits.NodePatch; transient?: boolean }
  | { type: 'updateEdge'; id: string; patch: edits.EdgePatch; transient?: boolean }
  | { type: 'updateHeader'; patch: edits.FlowHeaderPatch; transient?: boolean }
  | { type: 'moveNodes'; positions: Record<string, XY>; transient?: boolean }
  | { type: 'reorderEdge'; id: string; direction: -1 | 1 }
  | { type: 'delete'; nodeIds: string[]; edgeIds: string[] }
  | { type: 'paste'; fragment: FlowFragment; offset: XY }
  | { type: 'applyLayout'; layout: Record<string, XY> }
  | { type: 'select'; selection: Selection }
  | { type: 'changeSelection'; nodes?: SelectionChange[]; edges?: SelectionChange[] }
  | { type: 'commit' }
  | { type: 'undo' }
  | { type: 'redo' };

export function initDesigner(flow: FlowDefinition): DesignerState {
  return { history: createHistory(flow), selection: EMPTY_SELECTION };
}

/** Drops selected ids that no longer exist (after undo, delete, restore). */
function prune(selection: Selection, flow: FlowDefinition): Selection {
  const nodes = selection.nodeIds.filter((id) => flow.nodes.some((node) => node.id === id));
  const edges = selection.edgeIds.filter((id) => flow.edges.some((edge) => edge.id === id));
  return nodes.length === selection.nodeIds.length && edges.length === selection.edgeIds.length
    ? selection
    : { nodeIds: nodes, edgeIds: edges };
}

function changed(ids: string[], changes: SelectionChange[] = []): string[] {
  const set = new Set(ids);
  for (const { id, selected } of changes) {
    if (selected) set.add(id);
    else set.delete(id);
  }
  return [...set];
}

const only = (nodeIds: string[], edgeIds: string[] = []): Selection => ({ nodeIds, edgeIds });

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  const flow = state.history.present;
  const apply = (next: FlowDefinition, transient = false, selection = state.selection): DesignerState => ({
    history: change(state.history, next, transient),
    selection: prune(selection, next),
  });
  switch (action.type) {
    case 'load':
      return initDesigner(action.flow);
    case 'replace':
      return apply(action.flow, false, EMPTY_SELECTION);
    case 'addNode':
      return apply(edits.addNode(flow, action.node, action.position, action.edges), false, only([action.node.id]));
    case 'insertAfter':
      return apply(edits.insertAfter(flow, action.after, action.node), false, only([action.node.id]));
    case 'addEdge':
      return apply(edits.addEdge(flow, action.edge), false, only([], [action.edge.id]));
    case 'updateNode':
      return apply(edits.updateNode(flow, action.id, action.patch), action.transient);
    case 'updateEdge':
      return apply(edits.updateEdge(flow, action.id, action.patch), action.transient);
    case 'updateHeader':
      return apply(edits.updateHeader(flow, action.patch), action.transient);
    case 'moveNodes':
      return apply(edits.moveNodes(flow, action.positions), action.transient);
    case 'reorderEdge':
      return apply(edits.reorderEdge(flow, action.id, action.direction));
    case 'delete':
      if (action.nodeIds.length === 0 && action.edgeIds.length === 0) return state;
      return apply(edits.removeElements(flow, action.nodeIds, action.edgeIds), false, EMPTY_SELECTION);
    case 'paste': {
      const fragment = renameFragment(flow, action.fragment, action.offset);
      const next = { ...flow, nodes: [...flow.nodes, ...fragment.nodes], edges: [...flow.edges, ...fragment.edges] };
      return apply(edits.moveNodes(next, fragment.layout), false, only(fragment.ids));
    }
    case 'applyLayout':
      return apply({ ...flow, layout: action.layout });
    // Moving on to another element ends the edit in progress: it becomes one undo step.
    case 'select':
      return { history: commit(state.history), selection: action.selection };
    case 'changeSelection':
      return {
        history: commit(state.history),
        selection: {
          nodeIds: changed(state.selection.nodeIds, action.nodes),
          edgeIds: changed(state.selection.edgeIds, action.edges),
        },
      };
    case 'commit':
      return { ...state, history: commit(state.history) };
    case 'undo':
    case 'redo': {
      const history = action.type === 'undo' ? undo(state.history) : redo(state.history);
      return { history, selection: prune(state.selection, history.present) };
    }
  }
}
