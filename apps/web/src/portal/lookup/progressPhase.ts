import type { ItemStatus } from '@tongban/api-contract';

/** Where an item stands on the four public phases (提交 → 受理 → 审查 → 办结), and whether it ended badly. */
export function progressPhase(status: ItemStatus): { current: number; status: 'process' | 'finish' | 'error' } {
  switch (status) {
    case 'submitted':
    case 'awaiting-supplement':
      return { current: 1, status: 'process' };
    case 'in-review':
      return { current: 2, status: 'process' };
    case 'approved':
      return { current: 3, status: 'finish' };
    case 'rejected':
    case 'withdrawn':
      return { current: 3, status: 'error' };
  }
}

export function statusColor(status: ItemStatus): string {
  if (status === 'approved') return 'success';
  if (status === 'rejected' || status === 'withdrawn') return 'default';
  if (status === 'awaiting-supplement') return 'warning';
  return 'processing';
}
