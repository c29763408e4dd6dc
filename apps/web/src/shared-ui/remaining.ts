import { t } from '../i18n/t';
import { tf } from './format';

/** Staff wording of a clock: "剩2个工作日", "今日到期", "已超期", "超3个工作日". */
export function remainingText(clock: {
  warning: string | null;
  remainingWorkingDays: number | null;
  deadline: string | null;
}): string {
  if (!clock.deadline || clock.remainingWorkingDays === null) return t('workbench.remaining.none');
  const left = clock.remainingWorkingDays;
  if (left < 0) return tf('workbench.remaining.over', { days: -left });
  if (clock.warning === 'red') return t('workbench.remaining.overdue');
  if (left === 0) return t('workbench.remaining.today');
  return tf('workbench.remaining.left', { days: left });
}
