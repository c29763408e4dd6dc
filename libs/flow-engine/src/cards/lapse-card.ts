import type { LedgerKind } from '../accountability/responsibility';
import type { Card } from './card';

/** The cards a lapse can issue: 黄牌 and 红牌 (预警 and 正常 are never issued). */
export type IssuedCard = Extract<Card, 'yellow' | 'red'>;

/**
 * The card each lapse recorded in the ledger issues, the instant `cardTimes` turns it: 黄牌 when the promised
 * deadline passes (`overdue-item`), 红牌 when the statutory one passes or a step's own limit does. The other kinds
 * are faults of their own, no card.
 */
export const LAPSE_CARDS: Readonly<Partial<Record<LedgerKind, IssuedCard>>> = {
  'overdue-item': 'yellow',
  'statutory-overdue': 'red',
  'overdue-step': 'red',
};

/** The card a ledger entry of this kind stands for; null: none. */
export function cardOfLapse(kind: string): IssuedCard | null {
  return LAPSE_CARDS[kind as LedgerKind] ?? null;
}

/** The ledger kinds that issue `card`: what SQL counting cards by kind is given. */
export function lapseKindsOf(card: IssuedCard): LedgerKind[] {
  return (Object.keys(LAPSE_CARDS) as LedgerKind[]).filter((kind) => LAPSE_CARDS[kind] === card);
}
