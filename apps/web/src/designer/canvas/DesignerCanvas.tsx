import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type IsValidConnection,
  MarkerType,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo, useState } from 'react';
import { t } from '../../i18n/t';
import { useDesigner } from '../state/DesignerContext';
import { edgeTypes } from '../edges/edgeTypes';
import { nodeTypes } from '../nodes/nodeTypes';
import type { DiagramEdge, DiagramNode } from '../types';
import { definitionToDiagram } from '../utils/definitionToDiagram';
import { connectionProblem, createEdge } from '../utils/newEdge';
import { ariaLabelConfig } from './ariaLabels';
import { edgeChangesToActions, nodeChangesToActions } from './nodeChanges';
import { droppedNodeType } from './paletteDrag';
import { useAddNode } from './useAddNode';
import { useMeasuredDiagram } from './useMeasuredDiagram';

const defaultEdgeOptions = {
  type: 'flow',
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, markerUnits: 'userSpaceOnUse' },
};
const fitViewOptions = { padding: 0.15, maxZoom: 1.1 };
const minimapColor = (node: DiagramNode) =>
  node.data.problems.length ? '#fca5a5' : node.selected ? '#93c5fd' : '#cbd5e1';

/** The editable canvas: the flow definition in the designer state is the only source of truth. */
export function DesignerCanvas({ onRefused }: { onRefused: (message: string) => void }) {
  const { flow, selection, problems, dispatch } = useDesigner();
  const reactFlow = useReactFlow();
  const addNode = useAddNode();
  const diagram = useMemo(() => definitionToDiagram(flow, { problems, selection }), [flow, problems, selection]);
  const { nodes, edges, onSizeChanges } = useMeasuredDiagram(diagram);
  // Fitting an empty canvas would jump to the first dropped node and shift every later drop.
  const [fitOnOpen] = useState(flow.nodes.length > 0);

  const onNodesChange = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      onSizeChanges(changes);
      nodeChangesToActions(changes).forEach(dispatch);
    },
    [dispatch, onSizeChanges],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<DiagramEdge>[]) => edgeChangesToActions(changes).forEach(dispatch),
    [dispatch],
  );

  const isValidConnection: IsValidConnection<DiagramEdge> = useCallback(
    (connection) => connectionProblem(flow, connection.source, connection.target) === null,
    [flow],
  );
  const onConnect = useCallback(
    ({ source, target }: Connection) => {
      const problem = connectionProblem(flow, source, target);
      if (problem) onRefused(t(`designer.connectRefused.${problem}`));
      else dispatch({ type: 'addEdge', edge: createEdge(flow, source, target) });
    },
    [flow, dispatch, onRefused],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = droppedNodeType(event.dataTransfer);
      if (!type) return;
      event.preventDefault();
      addNode(type, reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addNode, reactFlow],
  );

  return (
    <div className="designer__canvas" aria-label={t('designer.canvas')} role="region">
      <ReactFlow<DiagramNode, DiagramEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        fitView={fitOnOpen}
        fitViewOptions={fitViewOptions}
        minZoom={0.2}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        <Controls position="bottom-left" />
        <MiniMap position="bottom-right" pannable zoomable ariaLabel={t('designer.minimap')} nodeColor={minimapColor} />
      </ReactFlow>
    </div>
  );
}
