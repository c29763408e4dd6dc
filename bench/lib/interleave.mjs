// Ceiling and workload in alternating short rounds (C W C W … W C): the machine drifts within minutes (the
// ceiling moved 1.9× between two runs of one bench), so each workload round is compared with the ceiling
// rounds on either side of it, seconds away, and a section's ratio is the median of its rounds' ratios.
import { round } from './env.mjs';
import { runClosedLoop, summarise } from './load.mjs';

/**
 * A closed-loop load (rows 2 and 3): `workers` running `iteration` through a warm-up of `warmup` s, then `rounds`
 * rounds of `seconds` (each after 1 s of warm-up) between ceiling rounds (`ceiling()` → tx/s). Over each round's
 * window, `cpu()` and `window()` start what they measure and return its stop function. Returns the medians, each
 * round's figures, the pooled latencies, the commands counted over all rounds and their CPU (`meanCpu`).
 */
export async function interleavedLoad({ workers, warmup, rounds, seconds, ceiling, iteration, cpu, window }) {
  await runClosedLoop({ workers, warmupSeconds: warmup, seconds: 0.1, iteration });
  const ceilings = [await ceiling()];
  const measured = [];
  const windows = [];
  let commands = 0;
  for (let i = 0; i < rounds; i++) {
    let stops;
    const load = await runClosedLoop({
      workers,
      warmupSeconds: 1,
      seconds,
      iteration,
      onWindowStart: () => (stops = [cpu(), window?.()]),
      onWindowEnd: () => {
        windows.push(stops[0]());
        stops[1]?.();
      },
    });
    commands += load.commands;
    ceilings.push(await ceiling());
    const ceilingTps = (ceilings[i] + ceilings[i + 1]) / 2;
    measured.push({
      perSecond: load.perSecond,
      latencies: load.latencies,
      ceilingTps,
      ratio: load.perSecond / ceilingTps,
    });
  }
  return {
    perSecond: median(measured.map((r) => r.perSecond)),
    ceilingTps: median(measured.map((r) => r.ceilingTps)),
    ratio: median(measured.map((r) => r.ratio)),
    rounds: {
      ceilingTps: ceilings,
      perSecond: measured.map((r) => round(r.perSecond, 1)),
      ratio: measured.map((r) => round(r.ratio, 3)),
    },
    latency: summarise(measured.flatMap((r) => r.latencies)),
    commands,
    cpu: meanCpu(windows),
  };
}

/** Cores busy over several CPU windows (each from cpuWindow), weighted by their length. */
function meanCpu(windows) {
  const wall = windows.reduce((sum, w) => sum + w.wallSeconds, 0);
  const mean = (pick) =>
    windows.some((w) => pick(w) === null || pick(w) === undefined)
      ? null
      : round(windows.reduce((sum, w) => sum + pick(w) * w.wallSeconds, 0) / wall, 2);
  return {
    wallSeconds: round(wall, 1),
    benchProcessCores: mean((w) => w.benchProcessCores),
    serverCores: mean((w) => w.serverCores),
    childCores: (windows[0]?.childCores ?? []).map((_, i) => mean((w) => w.childCores[i])),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
