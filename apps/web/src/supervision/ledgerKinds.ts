import { cardOfLapse, type IssuedCard } from '@tongban/flow-engine';
import type { StatusLook } from '../shared-ui/status';

const CARD_CHIPS: Record<IssuedCard, Pick<StatusLook, 'tone' | 'icon'>> = {
  yellow: { tone: 'yellow', icon: '▲' },
  red: { tone: 'red', icon: '✖' },
};

/** A lapse that issues a card shows that card's colour (cardOfLapse), as the cards-by-day chart counts it. */
const lapse = (kind: 'overdue-step' | 'overdue-item' | 'statutory-overdue'): StatusLook => ({
  ...CARD_CHIPS[cardOfLapse(kind)!],
  label: `supervision.kind.${kind}`,
});

/** Each kind of ledger row as a chip of the shared vocabulary. */
const KINDS: Record<string, StatusLook> = {
  'tacit-approval': { tone: 'tacit', icon: '◐', label: 'supervision.kind.tacit-approval' },
  'overdue-step': lapse('overdue-step'),
  'overdue-item': lapse('overdue-item'),
  'statutory-overdue': lapse('statutory-overdue'),
  'second-notice': { tone: 'red', icon: '✖', label: 'supervision.kind.second-notice' },
  'refusal-without-reason': { tone: 'red', icon: '✖', label: 'supervision.kind.refusal-without-reason' },
  'deemed-accepted': { tone: 'yellow', icon: '▲', label: 'supervision.kind.deemed-accepted' },
  complaint: { tone: 'warning', icon: '☹', label: 'supervision.kind.complaint' },
  'complaint-overdue': { tone: 'red', icon: '✖', label: 'supervision.kind.complaint-overdue' },
  'officer-withdrawal': { tone: 'red', icon: '✖', label: 'supervision.kind.officer-withdrawal' },
};

/** The kinds the ledger filter offers. */
export const LEDGER_KINDS = Object.keys(KINDS);

export const kindLook = (kind: string): StatusLook =>
  KINDS[kind] ?? { tone: 'neutral', icon: '●', label: 'supervision.kind.other' };
