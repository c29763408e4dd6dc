/**
 * The kinds of message the center sends. Engine notices keep the engine's template name; a `notification` node's
 * own text is a `flow-notice`; the rest come from the shell (tasks, reminders, 督办, complaints, sign-in codes).
 */
/** The engine's own notices (its `notify` effects' template names). */
const ENGINE_NOTICE_KINDS = [
  'missing-materials',
  'acceptance-refused',
  'deemed-accepted',
  'supplement-lapsed',
  'clock-paused',
  'deadline-extended',
  'step-overdue-reminder',
  'step-overdue-escalation',
] as const;

export const NOTIFICATION_KINDS = [
  ...ENGINE_NOTICE_KINDS,
  'decision',
  'flow-notice',
  'task-assigned',
  'task-due-soon',
  'supervision-urge',
  'urge-reply',
  'complaint-due',
  'password-reset-code',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const ENGINE_NOTICES = new Set<string>(ENGINE_NOTICE_KINDS);

/** The kind of an engine `notify` effect: its template when the center has one, else the node's own notice. */
export function kindOfNotify(template: string): NotificationKind {
  return ENGINE_NOTICES.has(template) ? (template as NotificationKind) : 'flow-notice';
}

/**
 * Whether a decided item's applicant still needs the decision notice: not when the deciding command already told
 * them in writing (a refusal at acceptance carries its reason).
 */
export function needsDecisionNotice(effects: readonly { type: string; to?: string }[]): boolean {
  return !effects.some((e) => e.type === 'notify' && e.to === 'applicant');
}
