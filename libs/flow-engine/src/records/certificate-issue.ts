import { isDecided } from '../status/item-status';

/**
 * Whether a step is the decision that a result document (统一出证) is numbered for: the item becomes approved or
 * rejected (a permit, or a written refusal) in it. The number is taken then, in decision order.
 */
export function decisionIsMade(fromStatus: string | null, toStatus: string): boolean {
  return isDecided(toStatus) && (fromStatus === null || !isDecided(fromStatus));
}
