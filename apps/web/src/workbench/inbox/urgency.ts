import type { TaskDto } from '@tongban/api-contract';

const RANK = { red: 0, yellow: 1, green: 2 } as const;

/** Red first, then yellow, then by working days left; tasks without a limit last (ux-portal.md B2). */
export function byUrgency(a: TaskDto, b: TaskDto): number {
  const rank = (task: TaskDto) => RANK[task.warning ?? 'green'];
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const left = (task: TaskDto) => task.remainingWorkingDays ?? Number.POSITIVE_INFINITY;
  if (left(a) !== left(b)) return left(a) - left(b);
  return (a.deadline ?? '').localeCompare(b.deadline ?? '');
}
