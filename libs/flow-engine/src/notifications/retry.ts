/** A delivery is tried at most this many times, then dead-lettered for an administrator. */
export const MAX_DELIVERY_ATTEMPTS = 6;

const FIRST_RETRY_MS = 60_000;

/**
 * After the `attempts`-th failed try: when to try again (1 min, then 2, 4, 8, 16), or `dead` once the
 * attempts are used up.
 */
export function afterFailure(attempts: number, at: string): { dead: true } | { dead: false; nextAttemptAt: string } {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { dead: true };
  const wait = FIRST_RETRY_MS * 2 ** (attempts - 1);
  return { dead: false, nextAttemptAt: new Date(Date.parse(at) + wait).toISOString() };
}
