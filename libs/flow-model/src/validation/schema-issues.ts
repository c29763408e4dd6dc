import type { z } from 'zod';
import { FlowErrorCode, type FlowError } from '../flow-error';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  undefined: '空',
  null: 'null',
};

/** zod's messages are English; the designer shows these to Chinese administrators. */
export const schemaIssueMessage: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填项';
      return `应为${typeNames[issue.expected] ?? issue.expected}，实际为${describe(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, '至少', '不能小于', issue.minimum);
    case 'too_big':
      return bound(issue.origin, '至多', '不能大于', issue.maximum);
    case 'invalid_value':
      return `应为以下值之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return `${issue.discriminator} 应为以下值之一：${(Array.isArray(issue.options) ? issue.options : []).map(String).join('、')}`;
      }
      return '不符合任何允许的形式';
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_key':
    case 'invalid_element':
      return '包含无效的键或元素';
    default:
      return '无效的值';
  }
};

function bound(origin: string, countWord: string, valueWord: string, limit: number | bigint): string {
  if (origin === 'string') return `${countWord} ${String(limit)} 个字符`;
  if (origin === 'array' || origin === 'set') return `${countWord} ${String(limit)} 项`;
  return `${valueWord} ${String(limit)}`;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return '数组';
  return typeNames[typeof input] ?? typeof input;
}

/** One SCHEMA_INVALID error per zod issue, marking the node or edge the path points into. */
export function schemaErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FlowError[] {
  return issues.map((issue) => {
    const error: FlowError = {
      code: FlowErrorCode.SCHEMA_INVALID,
      message: `${formatPath(issue.path)}：${issue.message}`,
    };
    const [list, index] = issue.path;
    const id = idAt(input, list, index);
    if (id !== undefined && list === 'nodes') error.nodeId = id;
    if (id !== undefined && list === 'edges') error.edgeId = id;
    return error;
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '流程定义';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function idAt(input: unknown, list: PropertyKey | undefined, index: PropertyKey | undefined): string | undefined {
  if (typeof index !== 'number' || (list !== 'nodes' && list !== 'edges')) return undefined;
  if (typeof input !== 'object' || input === null) return undefined;
  const items = (input as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
