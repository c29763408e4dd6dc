import {
  findMatchingJoin,
  FlowErrorCode,
  flowDefinitionSchema,
  validateFlow,
  votesNeeded,
  type FlowDefinition,
  type FlowEdge,
  type FlowNode,
  type ReviewNode,
} from '@tongban/flow-model';
import { EngineError } from '../errors';
import { placeNodes, type Block, type ScopeId } from './placement';

/** One member of an `all` or `sequential` review: each listed user, then each listed role. */
export interface Participant {
  kind: 'user' | 'role';
  name: string;
}

/** A validated definition, indexed for the compiler and for command checks. */
export interface FlowIndex {
  def: FlowDefinition;
  nodes: Map<string, FlowNode>;
  /** Outgoing edges per node, in definition order. */
  edges: Map<string, FlowEdge[]>;
  startId: string;
  blocks: Map<string, Block>;
  scopeOf: Map<string, ScopeId>;
  /** Node id → XState state key, and back. */
  keys: Map<string, string>;
  ids: Map<string, string>;
  participants: Map<string, Participant[]>;
  /** A consolidating join → the block's lead review, whose department and assignees consolidate. */
  leadOf: Map<string, string>;
}

/** XState reads `.` and `#` in keys as paths and ids; `$` marks the engine's own states. */
export const stateKey = (id: string): string =>
  id.replace(/[%.#$\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Errors that keep a flow from being published but not from running: a flow published before the rule
 * existed keeps its items moving, and the engine refuses at run time the one step that would not end.
 */
const GUARDED_AT_RUN_TIME: ReadonlySet<string> = new Set([
  FlowErrorCode.AUTOMATIC_CYCLE,
  FlowErrorCode.CONDITION_TOO_COSTLY,
]);

/** Validates (flow-model's rules) and indexes a definition; throws INVALID_DEFINITION with the errors. */
export function indexFlow(input: unknown): FlowIndex {
  const report = validateFlow(input);
  const errors = report.errors.filter((e) => !GUARDED_AT_RUN_TIME.has(e.code));
  if (errors.length > 0) {
    const summary = errors.map((e) => `${e.code}${e.nodeId ? `@${e.nodeId}` : e.edgeId ? `@${e.edgeId}` : ''}`);
    throw new EngineError('INVALID_DEFINITION', `流程定义未通过校验：${summary.join('、')}`, errors);
  }
  const def = flowDefinitionSchema.parse(input);
  const nodes = new Map(def.nodes.map((n) => [n.id, n] as const));
  const edges = new Map<string, FlowEdge[]>(def.nodes.map((n) => [n.id, []]));
  for (const e of def.edges) edges.get(e.source)?.push(e);
  const start = def.nodes.find((n) => n.type === 'start');
  if (!start) throw new EngineError('INVALID_DEFINITION', '流程没有开始节点');

  const blocks = new Map<string, Block>();
  for (const n of def.nodes) {
    if (n.type !== 'parallel') continue;
    const join = findMatchingJoin(def, n.id);
    if (!join) throw new EngineError('INVALID_DEFINITION', `并行节点 ${n.id} 没有对应的汇合节点`);
    const heads = (edges.get(n.id) ?? []).filter((e) => e.on !== 'return').map((e) => e.target);
    blocks.set(n.id, { parallelId: n.id, joinId: join.id, heads, need: votesNeeded(join.policy, heads.length) });
  }

  const keys = new Map(def.nodes.map((n) => [n.id, stateKey(n.id)] as const));
  const ids = new Map([...keys].map(([id, key]) => [key, id] as const));
  const participants = new Map<string, Participant[]>();
  for (const n of def.nodes) if (n.type === 'review') participants.set(n.id, participantsOf(n));

  const scopeOf = placeNodes({ nodes, edges, startId: start.id, blocks });
  const leadOf = consolidatingLeads(def, blocks, scopeOf);
  return { def, nodes, edges, startId: start.id, blocks, scopeOf, keys, ids, participants, leadOf };
}

/** Each `consolidate` join's lead: the review marked `lead` placed directly in one of its block's branches. */
function consolidatingLeads(def: FlowDefinition, blocks: Map<string, Block>, scopeOf: Map<string, ScopeId>) {
  const leadOf = new Map<string, string>();
  for (const block of blocks.values()) {
    const join = def.nodes.find((n) => n.id === block.joinId);
    if (join?.type !== 'join' || join.consolidate !== true) continue;
    const lead = def.nodes.find(
      (n) => n.type === 'review' && n.lead === true && scopeOf.get(n.id)?.startsWith(`${block.parallelId}#`),
    );
    if (lead) leadOf.set(join.id, lead.id);
  }
  return leadOf;
}

function participantsOf(node: ReviewNode): Participant[] {
  return [
    ...node.assignees.users.map((name) => ({ kind: 'user' as const, name })),
    ...node.assignees.roles.map((name) => ({ kind: 'role' as const, name })),
  ];
}

export function nodeOf<T extends FlowNode['type']>(
  flow: FlowIndex,
  id: string,
  type?: T,
): Extract<FlowNode, { type: T }> {
  const node = flow.nodes.get(id);
  if (!node || (type !== undefined && node.type !== type)) throw new Error(`No ${type ?? ''} node ${id} in the flow`);
  return node as Extract<FlowNode, { type: T }>;
}

/**
 * The edge a node leaves by for an outcome. `accept` and `approve` also take an edge with no `on`;
 * `null` asks for the plain edge of a pass-through node.
 */
export function edgeFor(flow: FlowIndex, nodeId: string, outcome: string | null): FlowEdge | undefined {
  const out = flow.edges.get(nodeId) ?? [];
  if (outcome === null) return out.find((e) => e.on === undefined) ?? out.find((e) => e.on !== 'return');
  const plainAllowed = outcome === 'accept' || outcome === 'approve';
  return out.find((e) => e.on === outcome) ?? (plainAllowed ? out.find((e) => e.on === undefined) : undefined);
}
