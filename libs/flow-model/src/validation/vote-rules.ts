import { FlowErrorCode, type FlowError } from '../flow-error';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** A vote rule belongs to a 会签 (`mode: all`), and cannot ask for more members than a list of users has. */
export function voteRules({ nodes }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  for (const node of nodes) {
    if (node.type !== 'review' || node.vote === undefined) continue;
    if (node.mode !== 'all') {
      errors.push({
        code: FlowErrorCode.VOTE_WITHOUT_COUNTERSIGN,
        nodeId: node.id,
        message: `${nodeLabel(node)}设置了表决规则，但只有会签（mode: all）才按表决规则办结`,
      });
      continue;
    }
    const vote = node.vote;
    // Roles have members only the directory knows (see directory-rules.ts); a plain user list is known here.
    if (typeof vote === 'object' && 'atLeast' in vote && node.assignees.roles.length === 0) {
      const users = new Set(node.assignees.users).size;
      if (vote.atLeast > users) errors.push(atLeastTooLarge(node, vote.atLeast, users));
    }
  }
  return errors;
}

export function atLeastTooLarge(node: { id: string; name?: string }, atLeast: number, members: number): FlowError {
  return {
    code: FlowErrorCode.VOTE_AT_LEAST_TOO_LARGE,
    nodeId: node.id,
    message: `${nodeLabel(node)}要求至少 ${atLeast} 人同意，但只有 ${members} 名会签人员`,
  };
}
