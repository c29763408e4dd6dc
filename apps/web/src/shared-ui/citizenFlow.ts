import type { FlowDefinition, FlowEdge, FlowNode, FlowNodeType } from '@tongban/flow-model';

// Types only from flow-model: its runtime (zod schemas, the FEEL parser) stays out of the portal's chunks.
const isReturnEdge = (edge: Pick<FlowEdge, 'on'>) => edge.on === 'return';

/**
 * Nodes an applicant never waits on and never sees a person handle: the routing plumbing (并联分发 `parallel`,
 * 汇总 `join`, 条件分支 `condition`) and the system's own notices (`notification`). Every other node — 申请
 * (start), 受理, each department's 审查, 统一出证 and 办结 — is a step the public view shows.
 */
export const INTERNAL_NODE_TYPES: ReadonlySet<FlowNodeType> = new Set([
  'parallel',
  'join',
  'condition',
  'notification',
]);

export const isCitizenStep = (node: Pick<FlowNode, 'type'>) => !INTERNAL_NODE_TYPES.has(node.type);

const COLUMN = 230;
const ROW = 120;

/** The nodes an edge leads to once the internal nodes on the way are stepped over. */
function visibleTargets(def: FlowDefinition, from: string, visible: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const stack = def.edges.filter((edge) => edge.source === from && !isReturnEdge(edge)).map((edge) => edge.target);
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (visible.has(id)) found.push(id);
    else for (const edge of def.edges) if (edge.source === id && !isReturnEdge(edge)) stack.push(edge.target);
  }
  return found;
}

/** Column = the longest way from the start (returns ignored), row = order within the column. */
function compactLayout(nodes: FlowNode[], edges: FlowEdge[]): Record<string, { x: number; y: number }> {
  const depth = new Map(nodes.map((node) => [node.id, 0]));
  const forward = edges.filter((edge) => !isReturnEdge(edge));
  // Longest path by relaxation; the bound stops a cycle from looping for ever.
  for (let round = 0; round < nodes.length; round++) {
    let moved = false;
    for (const edge of forward) {
      const next = (depth.get(edge.source) ?? 0) + 1;
      if (depth.has(edge.target) && next > depth.get(edge.target)! && next < nodes.length) {
        depth.set(edge.target, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const rows = new Map<number, number>();
  const layout: Record<string, { x: number; y: number }> = {};
  for (const node of nodes) {
    const column = depth.get(node.id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    layout[node.id] = { x: column * COLUMN, y: row * ROW };
  }
  return layout;
}

/**
 * The flow as an applicant reads it: only citizen steps, each joined to the steps it leads to (stepping over
 * the internal nodes between them), laid out compactly left to right. A direct edge keeps its label (不同意,
 * 不予受理); an edge that stood for an internal node's branch has none. Pure.
 */
export function citizenFlow(def: FlowDefinition): FlowDefinition {
  const nodes = def.nodes.filter(isCitizenStep);
  const visible = new Set(nodes.map((node) => node.id));
  const edges: FlowEdge[] = [];
  for (const node of nodes) {
    for (const target of visibleTargets(def, node.id, visible)) {
      const direct = def.edges.find((edge) => edge.source === node.id && edge.target === target);
      edges.push(direct ?? { id: `via-${node.id}-${target}`, source: node.id, target });
    }
  }
  for (const edge of def.edges)
    if (isReturnEdge(edge) && visible.has(edge.source) && visible.has(edge.target)) edges.push(edge);
  return { ...def, nodes, edges, layout: compactLayout(nodes, edges) };
}

/**
 * Every node an item has passed: the steps its history names (`completed`) plus the internal and structural
 * nodes that lie before something passed or current — 申请, 并联分发, 汇总意见, a condition — which have no
 * history of their own. Current nodes are not passed. Pure.
 */
export function passedNodeIds(def: FlowDefinition, completed: readonly string[], active: readonly string[]): string[] {
  const reached = new Set([...completed, ...active]);
  const forward = def.edges.filter((edge) => !isReturnEdge(edge));
  const humanSteps = new Set(def.nodes.filter((n) => n.type === 'acceptance' || n.type === 'review').map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of forward) {
      // A person's step is passed only by its own history; plumbing is passed when the item got beyond it.
      if (reached.has(edge.target) && !reached.has(edge.source) && !humanSteps.has(edge.source)) {
        reached.add(edge.source);
        grew = true;
      }
    }
  }
  for (const id of active) reached.delete(id);
  return def.nodes.map((node) => node.id).filter((id) => reached.has(id));
}
