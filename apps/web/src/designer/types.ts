import type { Edge, Node } from '@xyflow/react';
import type { FlowEdge, FlowNode, FlowNodeType } from '@tongban/flow-model';
import type { WarningLevel } from '@tongban/work-calendar';
import type { Card } from '@tongban/flow-engine';

export interface XY {
  x: number;
  y: number;
}

/** How far an item got through a node, in simulations and progress views. */
export type NodeRunStatus = 'active' | 'done' | 'tacit' | 'pending';

/** A node's own deadline while it runs (simulation). */
export interface NodeClock {
  deadline: string;
  warning: WarningLevel;
  /** 电子监察 card by the server's rule (a step: normal, warning, red). */
  card?: Card;
}

export type DiffMark = 'added' | 'removed' | 'changed';

export interface FlowNodeData extends Record<string, unknown> {
  node: FlowNode;
  /** Chinese messages from validateFlow for this node. */
  problems: string[];
  status?: NodeRunStatus;
  clock?: NodeClock;
  diff?: DiffMark;
}

export interface FlowEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
  problems: string[];
}

export type DiagramNode = Node<FlowNodeData, FlowNodeType>;
export type DiagramEdge = Edge<FlowEdgeData>;

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };
