import type { FlowEdge, FlowNode } from '@tongban/flow-model';

/** `root`, or one branch region of a parallel block: `<parallelId>#<branch index>`. */
export type ScopeId = string;
export const ROOT: ScopeId = 'root';

/** A `parallel … join` block as the engine runs it. */
export interface Block {
  parallelId: string;
  joinId: string;
  /** The first node of each branch (the join itself for an empty branch). */
  heads: string[];
  /** Finished branches that complete the join. */
  need: number;
}

export const regionOf = (parallelId: string, branch: number): ScopeId => `${parallelId}#${branch}`;

interface Graph {
  nodes: Map<string, FlowNode>;
  edges: Map<string, FlowEdge[]>;
  startId: string;
  blocks: Map<string, Block>;
}

/**
 * Decides which XState region each node's state lives in. A node belongs to the innermost branch it is
 * reached from; a node reached from several scopes (an escape shared by branches, or by a branch and the
 * main line) goes to their closest common scope, so entering it exits the blocks it is outside of.
 * `end` nodes always live at the root.
 */
export function placeNodes(g: Graph): Map<string, ScopeId> {
  const refs = new Map<string, Set<ScopeId>>();
  const parent = new Map<ScopeId, ScopeId>();
  const note = (id: string, scope: ScopeId) => {
    let set = refs.get(id);
    if (!set) refs.set(id, (set = new Set()));
    set.add(scope);
  };
  for (const id of reachedFrom(g, g.startId, null)) note(id, ROOT);
  for (const block of g.blocks.values()) {
    block.heads.forEach((head, i) => {
      for (const id of reachedFrom(g, head, block.joinId)) note(id, regionOf(block.parallelId, i));
    });
  }

  const placed = new Map<string, ScopeId>();
  const scopeOf = (id: string): ScopeId => {
    const known = placed.get(id);
    if (known !== undefined) return known;
    placed.set(id, ROOT); // guards against a malformed cycle of blocks
    const scopes = [...(refs.get(id) ?? [ROOT])];
    const chains = scopes.map(ancestry);
    const common = chains[0].find((s) => chains.every((chain) => chain.includes(s))) ?? ROOT;
    placed.set(id, common);
    return common;
  };
  function ancestry(scope: ScopeId): ScopeId[] {
    const chain: ScopeId[] = [];
    let s: ScopeId | undefined = scope;
    while (s !== undefined && !chain.includes(s)) {
      chain.push(s);
      if (s === ROOT) break;
      let up = parent.get(s);
      if (up === undefined) {
        up = scopeOf(s.slice(0, s.lastIndexOf('#')));
        parent.set(s, up);
      }
      s = up;
    }
    return chain;
  }

  const result = new Map<string, ScopeId>();
  for (const [id, node] of g.nodes) {
    if (node.type === 'end') result.set(id, ROOT);
    else if (refs.has(id)) result.set(id, scopeOf(id));
  }
  return result;
}

/** Nodes reachable from `from` along forward edges, jumping over nested blocks, stopping at `stop` and at ends. */
function reachedFrom(g: Graph, from: string, stop: string | null): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === stop || seen.has(id)) continue;
    const node = g.nodes.get(id);
    if (!node || node.type === 'end') continue;
    seen.add(id);
    const block = g.blocks.get(id);
    if (block) {
      queue.push(block.joinId);
      continue;
    }
    for (const e of g.edges.get(id) ?? []) if (e.on !== 'return') queue.push(e.target);
  }
  return seen;
}
