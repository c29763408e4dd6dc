import type { Effect } from '../effects';

/**
 * Drops a timer scheduled and cancelled within the same step (an instant item's deadline, say): the
 * shell would only insert and delete it in one transaction.
 */
export function netEffects(effects: Effect[]): Effect[] {
  const scheduled = new Set<string>();
  const dropped = new Set<string>();
  for (const e of effects) {
    if (e.type === 'timer.schedule') scheduled.add(e.timerId);
    else if (e.type === 'timer.cancel' && scheduled.has(e.timerId)) dropped.add(e.timerId);
  }
  if (dropped.size === 0) return effects;
  return effects.filter((e) => !((e.type === 'timer.schedule' || e.type === 'timer.cancel') && dropped.has(e.timerId)));
}
