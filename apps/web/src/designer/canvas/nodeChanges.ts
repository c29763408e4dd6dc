import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { DesignerAction } from '../state/designerReducer';
import type { DiagramEdge, DiagramNode, XY } from '../types';

/**
 * Turns React Flow's change events into designer actions. Positions while dragging are transient and
 * the drop commits them (one drag, one undo step); removals are ignored because deleting goes through
 * the designer's own Delete handling, which removes a node with its edges in one step.
 */
export function nodeChangesToActions(changes: NodeChange<DiagramNode>[]): DesignerAction[] {
  const actions: DesignerAction[] = [];
  const positions: Record<string, XY> = {};
  let dragging = false;
  let dropped = false;
  const selections: { id: string; selected: boolean }[] = [];
  for (const change of changes) {
    if (change.type === 'position') {
      if (change.position)
        positions[change.id] = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
      if (change.dragging) dragging = true;
      else dropped = true;
    } else if (change.type === 'select') {
      selections.push({ id: change.id, selected: change.selected });
    }
  }
  if (selections.length) actions.push({ type: 'changeSelection', nodes: selections });
  if (Object.keys(positions).length) actions.push({ type: 'moveNodes', positions, transient: true });
  if (dropped && !dragging) actions.push({ type: 'commit' });
  return actions;
}

export function edgeChangesToActions(changes: EdgeChange<DiagramEdge>[]): DesignerAction[] {
  const selections = changes.flatMap((change) =>
    change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
  );
  return selections.length ? [{ type: 'changeSelection', edges: selections }] : [];
}
