/** What ties a job of a batch to others: the instance it writes, and the idempotency key it uses, if any. */
export interface PartKey {
  instance: string;
  key?: string;
}

/** Smaller batches are written in one part: a second commit would cost more than the overlap saves. */
export const OVERLAP_MIN_JOBS = 6;

/**
 * A batch's job positions split into the parts it is written in, side by side: two parts of about half the jobs
 * each for a big batch, one otherwise. All jobs of one instance, and all uses of one idempotency key, stay in one
 * part, because a part that is refused and run again must not change what the other part was stepped from. Each
 * part keeps arrival order.
 */
export function overlapParts(jobs: PartKey[]): number[][] {
  const all = jobs.map((_, index) => index);
  if (jobs.length < OVERLAP_MIN_JOBS) return [all];
  const groups = new Map<string, number[]>();
  const instanceOfKey = new Map<string, string>();
  for (const [index, { instance, key }] of jobs.entries()) {
    if (key !== undefined) {
      // One key on two instances is refused as a reuse, which only one batch part can see.
      if ((instanceOfKey.get(key) ?? instance) !== instance) return [all];
      instanceOfKey.set(key, instance);
    }
    const group = groups.get(instance);
    if (group) group.push(index);
    else groups.set(instance, [index]);
  }
  const first: number[] = [];
  const second: number[] = [];
  for (const group of groups.values()) (first.length * 2 < jobs.length ? first : second).push(...group);
  if (!second.length) return [all];
  return [first.sort(byPosition), second.sort(byPosition)];
}

const byPosition = (a: number, b: number) => a - b;
