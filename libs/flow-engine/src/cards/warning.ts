import type { WorkCalendar } from '@tongban/work-calendar';
import type { Instant } from '../types';
import type { Card } from './card';

/** The three words the inbox used for a step's urgency before cards (`TaskDto.warning`). */
export type StepWarning = 'green' | 'yellow' | 'red';

/**
 * A step's card in the inbox's older three words: 预警 and 黄牌 both warn, 红牌 is red, no card or 正常 is green.
 * A reading of the one card rule, never a second reading of the deadline that could disagree with it.
 */
export function warningOf(card: Card | null): StepWarning {
  if (card === 'red') return 'red';
  return card === 'yellow' || card === 'warning' ? 'yellow' : 'green';
}

/** A deadline's warning in the same three words: 预警 days before it yellow, past it red; no deadline is green. */
export function deadlineWarning(
  deadline: Instant | null,
  at: Instant,
  warnAtRemainingDays: number | undefined,
  calendar: WorkCalendar,
): StepWarning {
  return deadline ? calendar.warningLevel({ deadline, at, warnAtRemainingDays }) : 'green';
}

/** A running item as the supervision board counts it: its clock paused, else its deadline's warning. */
export interface BoardItem {
  clockPaused: boolean;
  deadline: Instant | null;
  warnAtRemainingDays: number | undefined;
}

/** The supervision board's count of a running item: `paused` while its clock stands, else `deadlineWarning`. */
export function boardWarning(item: BoardItem, at: Instant, calendar: WorkCalendar): StepWarning | 'paused' {
  return item.clockPaused ? 'paused' : deadlineWarning(item.deadline, at, item.warnAtRemainingDays, calendar);
}
