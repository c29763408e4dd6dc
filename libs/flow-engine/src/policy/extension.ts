import { compiled } from '../compile/compile';
import { activeNodes } from '../engine/snapshot';
import { departmentOf } from '../runtime/tasks';
import type { EngineSnapshot, InstanceState } from '../types';
import { policyOf } from './center-policy';

/** §42 ¶2: a joint (联合办理) item's 45 working days may be extended by 15. */
export const JOINT_EXTENSION_DAYS = 15;

/** The most working days one extension of this item may add: 15 for a joint item, else the center's cap. */
export function extensionCap(s: Pick<InstanceState, 'joint' | 'policy'>): number {
  return s.joint ? JOINT_EXTENSION_DAYS : policyOf(s).extensionMaxDays;
}

/**
 * The departments whose head (负责人) may approve an extension: those of the steps where the item stands (the
 * departments answering for its time now), in the definition's order.
 */
export function extensionDepartments(def: unknown, snapshot: EngineSnapshot): string[] {
  const { flow } = compiled(def);
  const active = snapshot.status === 'done' ? [] : activeNodes(flow, snapshot.value);
  const departments = active.map((nodeId) => departmentOf(flow, nodeId)).filter((d): d is string => d !== null);
  return [...new Set(departments)];
}

/** An account as the directory holds it, for the approver check. */
export interface DirectoryEntry {
  username: string;
  centerId: string;
  roles: readonly string[];
  department: string | null;
  /** Enabled: it may sign in (a demo account outside demo mode may not). */
  active: boolean;
}

/** Why an approver is refused: `UNKNOWN_APPROVER` (no such active account of the center) or `APPROVER_NOT_HEAD`. */
export interface ApproverRefusal {
  code: 'UNKNOWN_APPROVER' | 'APPROVER_NOT_HEAD';
  message: string;
}

/**
 * §42: an extension is approved by the head (role `head`, 负责人) of a department where the item stands, an
 * active account of the item's own center. Returns why not, or null when the approver may approve.
 */
export function approverRefusal(a: {
  approver: DirectoryEntry | null;
  centerId: string;
  departments: readonly string[];
}): ApproverRefusal | null {
  const { approver } = a;
  if (!approver || !approver.active || approver.centerId !== a.centerId) {
    return { code: 'UNKNOWN_APPROVER', message: '批准人不是本中心的有效账号' };
  }
  if (!approver.roles.includes('head')) {
    return { code: 'APPROVER_NOT_HEAD', message: `${approver.username} 不是部门负责人，不能批准延期` };
  }
  if (approver.department === null || !a.departments.includes(approver.department)) {
    const where = a.departments.length > 0 ? a.departments.join('、') : '（办件当前环节未指定部门）';
    return { code: 'APPROVER_NOT_HEAD', message: `延期须由办件所在部门（${where}）的负责人批准` };
  }
  return null;
}
