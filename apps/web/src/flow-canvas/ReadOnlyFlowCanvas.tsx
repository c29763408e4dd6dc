import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { ariaLabelConfig } from '../designer/canvas/ariaLabels';
import { useMeasuredDiagram } from '../designer/canvas/useMeasuredDiagram';
import { edgeTypes } from '../designer/edges/edgeTypes';
import { nodeTypes } from '../designer/nodes/nodeTypes';
import type { DiagramNode, FlowNodeData } from '../designer/types';
import { definitionToDiagram } from '../designer/utils/definitionToDiagram';
import './flow-canvas.css';
import { useLaidOut } from './useLaidOut';

export interface ReadOnlyFlowCanvasProps {
  definition: FlowDefinition;
  /** Run status, clock or diff mark per node. */
  decorate?: (nodeId: string) => Partial<FlowNodeData> | undefined;
  ariaLabel: string;
  className?: string;
  /**
   * Shown at 100 % from the first step instead of fitted to the box, so no text is smaller than 12 px; wider
   * flows pan. For the public view; the designer's views fit.
   */
  readable?: boolean;
}

const defaultEdgeOptions = {
  type: 'flow',
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, markerUnits: 'userSpaceOnUse' },
};
const fitViewOptions = { padding: 0.1, maxZoom: 1 };

const NOTHING = { nodes: [], edges: [] };
const READABLE_VIEWPORT = { x: 16, y: 16, zoom: 1 };

function Canvas({ definition, decorate, ariaLabel, className, readable }: ReadOnlyFlowCanvasProps) {
  const placed = useLaidOut(definition);
  const diagram = useMemo(() => (placed ? definitionToDiagram(placed, { decorate }) : NOTHING), [placed, decorate]);
  const { nodes, edges, onSizeChanges } = useMeasuredDiagram(diagram);
  if (!placed)
    return <div className={className ?? 'flow-canvas'} role="region" aria-label={ariaLabel} aria-busy="true" />;
  return (
    <div className={className ?? 'flow-canvas'} role="region" aria-label={ariaLabel}>
      <ReactFlow<DiagramNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onSizeChanges as (changes: NodeChange<DiagramNode>[]) => void}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        fitView={!readable}
        fitViewOptions={fitViewOptions}
        defaultViewport={readable ? READABLE_VIEWPORT : undefined}
        minZoom={readable ? 0.8 : 0.2}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}

/**
 * The same cards as the designer, locked: no drag, connect or select. It has a React Flow store of its
 * own, so it can sit inside the designer (simulation, compare) without sharing the editor's.
 */
export function ReadOnlyFlowCanvas(props: ReadOnlyFlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
