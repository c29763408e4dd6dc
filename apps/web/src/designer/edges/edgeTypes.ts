import type { EdgeTypes } from '@xyflow/react';
import { FlowEdgeView } from './FlowEdgeView';

/** At module scope, like nodeTypes. */
export const edgeTypes: EdgeTypes = { flow: FlowEdgeView };
