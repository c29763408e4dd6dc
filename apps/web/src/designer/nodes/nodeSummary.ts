import type { FlowNode, JoinPolicy } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';

/** One line of a card: text, and whether it is a grey "please set" placeholder. */
export interface CardLine {
  text: string;
  placeholder?: boolean;
  badge?: string;
}

export type DepartmentName = (code: string) => string;

function assigneeLine(
  node: { assignees?: { roles: string[]; users: string[] }; mode?: string },
  userName: (u: string) => string,
): CardLine {
  const roles = node.assignees?.roles ?? [];
  const users = node.assignees?.users ?? [];
  if (roles.length + users.length === 0) return { text: t('designer.card.noAssignees'), placeholder: true };
  const who = [
    ...roles.map((role) => tf('designer.card.role', { role: tk('designer.role.', role) })),
    ...users.map(userName),
  ].join('、');
  const several = roles.length > 0 || users.length > 1;
  return { text: several && node.mode ? `${who} · ${tk('designer.mode.', node.mode)}` : who };
}

function timeLine(node: { timeLimit?: { days: number }; onTimeout?: string }): CardLine[] {
  if (!node.timeLimit) return [];
  const badge = node.onTimeout ? tk('designer.timeout.short.', node.onTimeout) : undefined;
  return [{ text: `◷ ${tf('designer.card.days', { n: node.timeLimit.days })}`, badge }];
}

function joinLine(policy: JoinPolicy): string {
  if (typeof policy === 'object' && 'percent' in policy) return tf('designer.card.join.percent', { n: policy.percent });
  if (typeof policy === 'object') return tf('designer.card.join.atLeast', { n: policy.atLeast });
  return t(policy === 'any' ? 'designer.card.join.any' : 'designer.card.join.all');
}

/** What a card says under its title, per node type (wflow-style summary strings). */
export function summarizeNode(
  node: FlowNode,
  departmentName: DepartmentName,
  userName: (u: string) => string = (u) => u,
): CardLine[] {
  const department = (code?: string): CardLine =>
    code ? { text: departmentName(code) } : { text: t('designer.card.noDepartment'), placeholder: true };
  switch (node.type) {
    case 'start':
      return [{ text: t('designer.card.start') }];
    case 'acceptance': {
      const required = node.materials.filter((m) => m.required).length;
      const materials = node.materials.length
        ? { text: tf('designer.card.materials', { n: node.materials.length, m: required }) }
        : { text: t('designer.card.noMaterials'), placeholder: true };
      return [...(node.department ? [department(node.department)] : []), materials, ...timeLine(node)];
    }
    case 'review':
      return [department(node.department), assigneeLine(node, userName), ...timeLine(node)];
    case 'parallel':
      return [{ text: t('designer.card.parallel') }];
    case 'join':
      return [{ text: joinLine(node.policy) }];
    case 'condition':
      return [{ text: t('designer.card.condition') }];
    case 'notification':
      return [{ text: tf('designer.card.notification', { to: recipientName(node.to, departmentName) }) }];
    case 'certificate':
      return [{ text: t('designer.card.certificate') }];
    case 'end':
      return [{ text: tf('designer.card.end', { outcome: tk('designer.outcome.', node.outcome) }) }];
  }
}

/** `applicant` or `department:<code>` in words. */
export function recipientName(to: string, departmentName: DepartmentName): string {
  if (to === 'applicant') return t('designer.props.to.applicant');
  const [kind, code] = to.split(':');
  return kind === 'department' && code ? departmentName(code) : to;
}
