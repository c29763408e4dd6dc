import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowDefinition, FlowNodeType } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { useDesigner } from '../state/DesignerContext';
import type { XY } from '../types';
import { NODE_WIDTH } from '../utils/definitionToDiagram';
import { createNode, freshId, nodeIds } from '../utils/newNode';

/** 部门审查, 部门审查 2, …: names stay distinct so validation messages point at one card. */
function freshName(flow: FlowDefinition, type: FlowNodeType): string {
  const base = t(`designer.node.default.${type}`);
  const names = new Set(flow.nodes.map((node) => node.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/**
 * Adds a node: at a drop point, or (from the keyboard) after the one selected node, spliced into its way
 * on (see insertAfter), or in the middle of the view. Node and edges are one undo step.
 */
export function useAddNode() {
  const { flow, selection, dispatch } = useDesigner();
  const reactFlow = useReactFlow();

  return useCallback(
    (type: FlowNodeType, dropAt?: XY) => {
      const id = freshId(nodeIds(flow), type);
      const node = createNode(type, id, freshName(flow, type));
      if (dropAt) {
        dispatch({
          type: 'addNode',
          node,
          position: { x: Math.round(dropAt.x - NODE_WIDTH / 2), y: Math.round(dropAt.y - 30) },
        });
        return;
      }
      const after = selection.nodeIds.length === 1 ? selection.nodeIds[0] : null;
      const afterAt = after ? flow.layout?.[after] : undefined;
      if (after && afterAt) {
        dispatch({ type: 'insertAfter', after, node });
        return;
      }
      const pane = document.querySelector('.designer__canvas')?.getBoundingClientRect();
      const centre = pane
        ? reactFlow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 })
        : { x: 0, y: 0 };
      const cascade = (flow.nodes.length % 5) * 24;
      dispatch({
        type: 'addNode',
        node,
        position: { x: Math.round(centre.x - NODE_WIDTH / 2 + cascade), y: Math.round(centre.y - 30 + cascade) },
      });
    },
    [flow, selection, dispatch, reactFlow],
  );
}
