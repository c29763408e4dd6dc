import { countersignMembers, type FlowDirectory } from '../directory';
import { FlowErrorCode, type FlowError } from '../flow-error';
import { nodeLabel, type FlowFacts } from './flow-facts';
import { atLeastTooLarge } from './vote-rules';

/**
 * A review names departments, roles and users of the center that publishes the flow: each must exist
 * there, and a 会签 cannot ask for more approvals than it has members.
 */
export function directoryRules({ nodes }: FlowFacts, directory: FlowDirectory): FlowError[] {
  const departments = new Set(directory.departments);
  const roles = new Set(directory.roles);
  const users = new Set(directory.users.map((u) => u.username));
  const errors: FlowError[] = [];
  for (const node of nodes) {
    if (node.type !== 'review') continue;
    if (node.department && !departments.has(node.department)) {
      errors.push({
        code: FlowErrorCode.UNKNOWN_DEPARTMENT,
        nodeId: node.id,
        message: `${nodeLabel(node)}的部门「${node.department}」在本中心不存在`,
      });
    }
    for (const role of node.assignees.roles.filter((r) => !roles.has(r))) {
      errors.push({
        code: FlowErrorCode.UNKNOWN_ROLE,
        nodeId: node.id,
        message: `${nodeLabel(node)}的办理角色「${role}」不存在`,
      });
    }
    for (const user of node.assignees.users.filter((u) => !users.has(u))) {
      errors.push({
        code: FlowErrorCode.UNKNOWN_USER,
        nodeId: node.id,
        message: `${nodeLabel(node)}的办理人「${user}」在本中心不存在`,
      });
    }
    const vote = node.vote;
    if (node.mode === 'all' && typeof vote === 'object' && 'atLeast' in vote && node.assignees.roles.length > 0) {
      const members = countersignMembers(directory, node.assignees, node.department).length;
      if (vote.atLeast > members) errors.push(atLeastTooLarge(node, vote.atLeast, members));
    }
  }
  return errors;
}
