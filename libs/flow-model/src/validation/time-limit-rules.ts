import { FlowErrorCode, type FlowError } from '../flow-error';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** 服务承诺制: promised ≤ statutory, and no step may promise more than the whole item. */
export function timeLimitRules({ def, nodes }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  const item = def.timeLimit;
  if (item && item.promisedDays > item.statutoryDays) {
    errors.push({
      code: FlowErrorCode.PROMISED_EXCEEDS_STATUTORY,
      message: `承诺时限（${item.promisedDays} 个工作日）不能超过法定时限（${item.statutoryDays} 个工作日）`,
    });
  }
  for (const node of nodes) {
    if (node.type !== 'acceptance' && node.type !== 'review') continue;
    const counts = node.type === 'acceptance' || node.countsTowardLimit !== false;
    if (item && node.timeLimit && counts && node.timeLimit.days > item.promisedDays) {
      errors.push({
        code: FlowErrorCode.STEP_LIMIT_EXCEEDS_ITEM,
        nodeId: node.id,
        message: `${nodeLabel(node)}的时限（${node.timeLimit.days} 个工作日）超过了事项的承诺时限（${item.promisedDays} 个工作日）`,
      });
    }
    if (node.onTimeout && !node.timeLimit) {
      errors.push({
        code: FlowErrorCode.TIMEOUT_WITHOUT_LIMIT,
        nodeId: node.id,
        message: `${nodeLabel(node)}设置了超时处理，但没有设置时限`,
      });
    }
  }
  return errors;
}
