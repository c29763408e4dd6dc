import { FlowErrorCode, type FlowError } from '../flow-error';
import type { ParallelBlock } from '../parallel-blocks';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** Each `parallel` opens a block that closes in exactly one `join` of its own. */
export function parallelRules(facts: FlowFacts): FlowError[] {
  const { nodes, blocks, edgesFrom } = facts;
  const errors: FlowError[] = [];
  for (const node of nodes.filter((n) => n.type === 'parallel')) {
    const hasBranches = (edgesFrom.get(node.id) ?? []).some((e) => e.on === undefined);
    if (hasBranches && !blocks.some((b) => b.parallelId === node.id)) {
      errors.push({
        code: FlowErrorCode.PARALLEL_BRANCHES_NOT_JOINED,
        nodeId: node.id,
        message: `并联节点${nodeLabel(node)}的各分支没有在同一个汇聚节点会合`,
      });
    }
  }
  for (const block of blocks) errors.push(...blockErrors(facts, block));
  for (const node of nodes.filter((n) => n.type === 'join')) {
    const owners = blocks.filter((b) => b.joinId === node.id);
    if (owners.length === 0) {
      errors.push({
        code: FlowErrorCode.JOIN_WITHOUT_PARALLEL,
        nodeId: node.id,
        message: `汇聚节点${nodeLabel(node)}没有对应的并联节点`,
      });
    } else if (owners.length > 1) {
      errors.push({
        code: FlowErrorCode.JOIN_SHARED,
        nodeId: node.id,
        message: `汇聚节点${nodeLabel(node)}被多个并联节点共用，每个并联节点需要自己的汇聚节点`,
      });
    }
  }
  return errors;
}

function blockErrors(facts: FlowFacts, block: ParallelBlock): FlowError[] {
  const { graph } = facts;
  const parallel = graph.nodes.get(block.parallelId)!;
  const join = graph.nodes.get(block.joinId)!;
  if (block.branches.some((b) => b.nodeIds.includes(block.parallelId))) {
    return [
      {
        code: FlowErrorCode.PARALLEL_BRANCH_REENTERS,
        nodeId: block.parallelId,
        message: `并联节点${nodeLabel(parallel)}的分支又回到了该并联节点之前（请用退回连线）`,
      },
    ];
  }
  const errors: FlowError[] = [...overlapErrors(facts, block), ...enteredFromOutsideErrors(facts, block)];
  const leads = reviewsOwnedBy(facts, block).filter((n) => n.type === 'review' && n.lead === true);
  if (leads.length > 1) {
    errors.push({
      code: FlowErrorCode.PARALLEL_MULTIPLE_LEADS,
      nodeId: block.parallelId,
      message: `并联审查只能有一个牵头部门，现有 ${leads.map(nodeLabel).join('、')}`,
    });
  }
  const policy = join.type === 'join' ? join.policy : 'all';
  if (typeof policy === 'object' && 'atLeast' in policy && policy.atLeast > block.branches.length) {
    errors.push({
      code: FlowErrorCode.JOIN_AT_LEAST_TOO_LARGE,
      nodeId: join.id,
      message: `汇聚节点${nodeLabel(join)}要求至少 ${policy.atLeast} 个分支完成，但只有 ${block.branches.length} 个分支`,
    });
  }
  if (join.type === 'join' && join.consolidate === true && leads.length === 0) {
    errors.push({
      code: FlowErrorCode.JOIN_CONSOLIDATE_WITHOUT_LEAD,
      nodeId: join.id,
      message: `汇聚节点${nodeLabel(join)}要求牵头部门汇总意见，但并联审查中没有标记牵头部门（lead）的审查节点`,
    });
  }
  return errors;
}

function overlapErrors({ graph }: FlowFacts, block: ParallelBlock): FlowError[] {
  const owner = new Map<string, number>();
  const reported = new Set<string>();
  const errors: FlowError[] = [];
  block.branches.forEach((branch, i) => {
    for (const id of new Set(branch.nodeIds)) {
      const first = owner.get(id);
      if (first === undefined) owner.set(id, i);
      else if (first !== i && !reported.has(id)) {
        reported.add(id);
        errors.push({
          code: FlowErrorCode.PARALLEL_BRANCHES_OVERLAP,
          nodeId: id,
          message: `节点${nodeLabel(graph.nodes.get(id)!)}同时属于并联节点${nodeLabel(graph.nodes.get(block.parallelId)!)}的多个分支`,
        });
      }
    }
  });
  return errors;
}

/** Only the split enters a branch and only the branches enter the join: anything else could never complete. */
function enteredFromOutsideErrors({ def, graph, blocks }: FlowFacts, block: ParallelBlock): FlowError[] {
  const inBlock = new Set(block.branches.flatMap((b) => b.nodeIds));
  // Branch membership per node, looked up per edge (a node in several branches is an overlap error).
  const members = block.branches.map((b) => new Set(b.nodeIds));
  const branchesOf = new Map<string, number[]>();
  members.forEach((ids, i) => {
    for (const id of ids) branchesOf.set(id, [...(branchesOf.get(id) ?? []), i]);
  });
  const errors: FlowError[] = [];
  // A shared join is reported once as JOIN_SHARED, not once per foreign edge.
  const joinShared = blocks.some((b) => b !== block && b.joinId === block.joinId);
  for (const edge of def.edges) {
    if (edge.on === 'return' || !graph.nodes.has(edge.source)) continue;
    const intoJoin = edge.target === block.joinId && edge.source !== block.parallelId;
    if (intoJoin && !joinShared && !inBlock.has(edge.source)) {
      errors.push({
        code: FlowErrorCode.JOIN_INCOMING_OUTSIDE_BLOCK,
        edgeId: edge.id,
        message: `连线「${edge.id}」从并联块外部进入汇聚节点${nodeLabel(graph.nodes.get(block.joinId)!)}`,
      });
    }
    const branches = branchesOf.get(edge.target) ?? [];
    const fromInside = branches.some(
      (i) =>
        members[i].has(edge.source) || (edge.source === block.parallelId && edge.target === block.branches[i].head),
    );
    if (branches.length === 0 || fromInside) continue;
    errors.push({
      code: FlowErrorCode.PARALLEL_BRANCH_ENTERED_FROM_OUTSIDE,
      edgeId: edge.id,
      message: `连线「${edge.id}」从外部进入了并联节点${nodeLabel(graph.nodes.get(block.parallelId)!)}的一个分支`,
    });
  }
  return errors;
}

/** Nodes of the block that belong to no nested block (a nested block names its own lead). */
function reviewsOwnedBy({ graph, blocks }: FlowFacts, block: ParallelBlock) {
  const own = new Set(block.branches.flatMap((b) => b.nodeIds));
  for (const inner of blocks) {
    if (inner !== block && own.has(inner.parallelId)) {
      for (const id of inner.branches.flatMap((b) => b.nodeIds)) own.delete(id);
    }
  }
  return [...own].map((id) => graph.nodes.get(id)!);
}
