import type { Card } from '@tongban/flow-engine';
import type { MessageKey } from '../i18n/zh-CN';

/** The tones of the one status vocabulary (ux-portal.md B0): each is a colour, an icon and a word. */
export type Tone = 'normal' | 'warning' | 'yellow' | 'red' | 'tacit' | 'paused' | 'info' | 'done' | 'neutral';

export interface StatusLook {
  tone: Tone;
  icon: string;
  label: MessageKey;
}

export type Warning = 'green' | 'yellow' | 'red';

/** Staff and supervisors see cards; applicants see plain words (card jargon stays internal). */
export function cardLook(warning: Warning | null | undefined, paused = false): StatusLook {
  if (paused) return { tone: 'paused', icon: '‖', label: 'ui.card.paused' };
  if (warning === 'red') return { tone: 'red', icon: '✖', label: 'ui.card.red' };
  if (warning === 'yellow') return { tone: 'yellow', icon: '▲', label: 'ui.card.yellow' };
  return { tone: 'normal', icon: '✔', label: 'ui.card.green' };
}

/** 电子监察 cards as the API gives them (one rule for the item view, the workbench and the dashboard). */
export type { Card };

const CARD_LOOKS: Record<Card, StatusLook> = {
  normal: { tone: 'normal', icon: '✔', label: 'ui.card.green' },
  warning: { tone: 'warning', icon: '◔', label: 'ui.card.warning' },
  yellow: { tone: 'yellow', icon: '▲', label: 'ui.card.yellow' },
  red: { tone: 'red', icon: '✖', label: 'ui.card.red' },
};

/** The look of an API card; a paused clock shows as paused (its card stands still meanwhile). */
export function cardChipLook(card: Card, paused = false): StatusLook {
  return paused ? { tone: 'paused', icon: '‖', label: 'ui.card.paused' } : CARD_LOOKS[card];
}

export const TACIT_LOOK: StatusLook = { tone: 'tacit', icon: '◐', label: 'ui.card.tacit' };

export type ApplicationStatus =
  'submitted' | 'awaiting-supplement' | 'in-review' | 'approved' | 'rejected' | 'withdrawn';

const STATUS_LOOKS: Record<ApplicationStatus, StatusLook> = {
  submitted: { tone: 'info', icon: '●', label: 'ui.status.submitted' },
  'awaiting-supplement': { tone: 'paused', icon: '‖', label: 'ui.status.awaiting-supplement' },
  'in-review': { tone: 'normal', icon: '▶', label: 'ui.status.in-review' },
  approved: { tone: 'done', icon: '✔', label: 'ui.status.approved' },
  rejected: { tone: 'neutral', icon: '✖', label: 'ui.status.rejected' },
  withdrawn: { tone: 'neutral', icon: '↩', label: 'ui.status.withdrawn' },
};

export function statusLook(status: string): StatusLook {
  return STATUS_LOOKS[status as ApplicationStatus] ?? { tone: 'neutral', icon: '●', label: 'ui.status.unknown' };
}
