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
