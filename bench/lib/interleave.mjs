// Ceiling and workload in alternating short rounds (C W C W … W C): the machine drifts within minutes (the
// ceiling moved 1.9× between two runs of one bench), so each workload round is compared with the ceiling
// rounds on either side of it, seconds away, and a section's ratio is the median of its rounds' ratios.
import { summarise } from './load.mjs';

/**
 * `ceiling()` → tx/s; `workload(i)` → { perSecond, latencies, … } for round i. Returns every round, the pooled
 * latencies and the medians.
 */
export async function interleave({ rounds, ceiling, workload }) {
  const ceilings = [await ceiling()];
  const measured = [];
  for (let i = 0; i < rounds; i++) {
    const round = await workload(i);
    ceilings.push(await ceiling());
    const ceilingTps = (ceilings[i] + ceilings[i + 1]) / 2;
    measured.push({ ...round, ceilingTps, ratio: round.perSecond / ceilingTps });
  }
  return {
    rounds: measured.map(({ latencies: _latencies, ...round }) => round),
    ceilings,
    perSecond: median(measured.map((r) => r.perSecond)),
    ceilingTps: median(measured.map((r) => r.ceilingTps)),
    ratio: median(measured.map((r) => r.ratio)),
    latency: summarise(measured.flatMap((r) => r.latencies)),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
