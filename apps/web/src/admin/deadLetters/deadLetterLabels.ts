import type { NotificationKind } from '@tongban/flow-engine';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';

/** Every kind the center sends has a name here (the type makes a new kind without one fail to compile). */
const KINDS: Record<NotificationKind, MessageKey> = {
  'missing-materials': 'admin.kind.missing-materials',
  'acceptance-refused': 'admin.kind.acceptance-refused',
  'deemed-accepted': 'admin.kind.deemed-accepted',
  'supplement-lapsed': 'admin.kind.supplement-lapsed',
  'clock-paused': 'admin.kind.clock-paused',
  'deadline-extended': 'admin.kind.deadline-extended',
  'step-overdue-reminder': 'admin.kind.step-overdue-reminder',
  'step-overdue-escalation': 'admin.kind.step-overdue-escalation',
  decision: 'admin.kind.decision',
  'flow-notice': 'admin.kind.flow-notice',
  'task-assigned': 'admin.kind.task-assigned',
  'task-due-soon': 'admin.kind.task-due-soon',
  'supervision-urge': 'admin.kind.supervision-urge',
  'urge-reply': 'admin.kind.urge-reply',
  'complaint-due': 'admin.kind.complaint-due',
  'password-reset-code': 'admin.kind.password-reset-code',
};

const CHANNELS: Record<string, MessageKey> = {
  'in-app': 'admin.deadLetters.channel.in-app',
  email: 'admin.deadLetters.channel.email',
  sms: 'admin.deadLetters.channel.sms',
  dingtalk: 'admin.deadLetters.channel.dingtalk',
  wecom: 'admin.deadLetters.channel.wecom',
};

/** A kind or channel the web app does not know yet is shown as the API names it. */
export const kindLabel = (kind: string): string => (kind in KINDS ? t(KINDS[kind as NotificationKind]) : kind);
export const channelLabel = (channel: string): string => (CHANNELS[channel] ? t(CHANNELS[channel]) : channel);
