import type { FlowDefinition, FlowEdge, FlowNode } from '../flow-definition.schema';
import { forwardGraph, reachableFrom, type ForwardGraph } from '../graph';
import { parallelBlocks, type ParallelBlock } from '../parallel-blocks';

/** What the rules share about a definition that passed the schema, computed once. */
export interface FlowFacts {
  def: FlowDefinition;
  /** Forward edges between existing nodes; the first node of a duplicated id wins. */
  graph: ForwardGraph<FlowNode>;
  /** Distinct nodes in definition order (later duplicates left out). */
  nodes: FlowNode[];
  /** Edges whose source exists, by source id, in definition order (return edges included). */
  edgesFrom: Map<string, FlowEdge[]>;
  starts: FlowNode[];
  /** Reachable from the first start along forward edges (empty without a start). */
  reachable: Set<string>;
  /** Nodes from which some end can be reached along forward edges. */
  leadsToEnd: Set<string>;
  blocks: ParallelBlock[];
}

export function flowFacts(def: FlowDefinition): FlowFacts {
  const graph = forwardGraph(def);
  const nodes = [...graph.nodes.values()];
  const edgesFrom = new Map<string, FlowEdge[]>(nodes.map((n) => [n.id, []]));
  for (const e of def.edges) edgesFrom.get(e.source)?.push(e);
  const starts = nodes.filter((n) => n.type === 'start');
  const ends = nodes.filter((n) => n.type === 'end').map((n) => n.id);
  return {
    def,
    graph,
    nodes,
    edgesFrom,
    starts,
    reachable: starts.length > 0 ? reachableFrom([starts[0].id], graph.successors) : new Set(),
    leadsToEnd: reachableFrom(ends, graph.predecessors),
    blocks: parallelBlocks(def),
  };
}

/** How a node is named in messages: its display name, else its id. */
export function nodeLabel(node: Pick<FlowNode, 'id' | 'name'>): string {
  return `「${node.name || node.id}」`;
}
