import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../types';
import { NodeCard } from './NodeCard';

// Three shapes of the same card: start only leaves, end only arrives, every other step does both.
// Flows read left to right, so edges arrive on the left and leave on the right.

export const StartNode = memo(function StartNode({ data }: NodeProps<DiagramNode>) {
  return (
    <>
      <NodeCard data={data} />
      <Handle type="source" position={Position.Right} />
    </>
  );
});

export const StepNode = memo(function StepNode({ data }: NodeProps<DiagramNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <NodeCard data={data} />
      <Handle type="source" position={Position.Right} />
    </>
  );
});

export const EndNode = memo(function EndNode({ data }: NodeProps<DiagramNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <NodeCard data={data} />
    </>
  );
});
