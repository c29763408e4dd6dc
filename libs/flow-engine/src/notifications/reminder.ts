/** 临期提醒: a task's officers are told once when two working days or fewer remain before its deadline. */
export const REMIND_AT_REMAINING_WORKING_DAYS = 2;

/**
 * Whether an open task is due a reminder at `at`: not yet past its deadline and within the last two working days
 * (`remainingWorkingDays` is the center calendar's count from `at` to the deadline).
 */
export function taskReminderDue(a: { deadline: string; at: string; remainingWorkingDays: number }): boolean {
  return Date.parse(a.deadline) > Date.parse(a.at) && a.remainingWorkingDays <= REMIND_AT_REMAINING_WORKING_DAYS;
}
