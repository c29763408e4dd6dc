import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  getSmoothStepPath,
  useInternalNode,
  useStoreApi,
} from '@xyflow/react';
import { memo } from 'react';
import type { FlowNodeType } from '@tongban/flow-model';
import type { DiagramEdge } from '../types';
import { edgeLabel } from './edgeLabel';

/** An edge with its outcome or condition as a label; invalid edges turn red with ⚠ and the reason. */
export const FlowEdgeView = memo(function FlowEdgeView(props: EdgeProps<DiagramEdge>) {
  const { id, source, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected, data } =
    props;
  const sourceType = useInternalNode(source)?.type as FlowNodeType | undefined;
  const store = useStoreApi();
  // The label is the easy thing to click on a thin edge: it selects the edge (where selecting is on).
  const selectEdge = () => store.getState().elementsSelectable && store.getState().addSelectedEdges([id]);
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
  });
  const edge = data?.edge;
  const problems = data?.problems ?? [];
  const label = edge ? edgeLabel(edge, sourceType) : '';
  const classes = ['flow-edge'];
  if (edge?.on === 'return') classes.push('flow-edge--return');
  if (edge?.on === 'reject') classes.push('flow-edge--reject');
  if (problems.length) classes.push('flow-edge--invalid');
  if (selected) classes.push('flow-edge--selected');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={classes.join(' ')} />
      {(label || problems.length > 0) && (
        <EdgeLabelRenderer>
          <div
            className={
              problems.length
                ? 'flow-edge__label flow-edge__label--invalid nodrag nopan'
                : 'flow-edge__label nodrag nopan'
            }
            onClick={selectEdge}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={problems.join('\n') || undefined}
            data-edge-id={id}
          >
            {problems.length > 0 && '⚠ '}
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
