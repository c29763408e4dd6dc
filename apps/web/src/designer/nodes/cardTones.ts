import type { Card } from '@tongban/flow-engine';

/** A card's colour on the canvas and in the simulation (their clock styles are green, yellow and red). */
export const CARD_TONES: Record<Card, 'green' | 'yellow' | 'red'> = {
  normal: 'green',
  warning: 'yellow',
  yellow: 'yellow',
  red: 'red',
};
