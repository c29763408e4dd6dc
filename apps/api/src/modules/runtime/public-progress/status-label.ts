import type { ItemStatus } from '@tongban/api-contract';

const LABELS: Record<ItemStatus, string> = {
  submitted: '已提交，待受理',
  'awaiting-supplement': '待补正材料',
  'in-review': '审查中',
  approved: '已办结（准予许可）',
  rejected: '已办结（不予许可）',
  withdrawn: '已撤回',
};

/** An item's status in the applicant's words. */
export const statusLabel = (status: ItemStatus): string => LABELS[status];
