import type { NodeTypes } from '@xyflow/react';
import type { FlowNodeType } from '@tongban/flow-model';
import { EndNode, StartNode, StepNode } from './FlowNodes';

/** At module scope: React Flow re-mounts every node when it receives a new nodeTypes object. */
export const nodeTypes: Record<FlowNodeType, NodeTypes[string]> = {
  start: StartNode,
  acceptance: StepNode,
  review: StepNode,
  parallel: StepNode,
  join: StepNode,
  condition: StepNode,
  notification: StepNode,
  certificate: StepNode,
  end: EndNode,
};
