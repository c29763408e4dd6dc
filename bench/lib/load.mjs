// A closed-loop load runner: N workers each repeat `iteration(onCommand)` until the time is up. Commands are
// counted (and their latencies kept) only when they start and finish inside the measured window, after a warm-up.
import { percentile, round, sleep } from './env.mjs';

export async function runClosedLoop({ workers, warmupSeconds, seconds, iteration, onWindowStart, onWindowEnd }) {
  const state = { phase: 'warmup', windowStart: 0, windowEnd: 0 };
  const latencies = [];
  const errors = [];
  const onCommand = (startedAt) => {
    if (state.phase !== 'measure' || startedAt < state.windowStart) return;
    latencies.push(performance.now() - startedAt);
  };
  const loops = Array.from({ length: workers }, async () => {
    while (state.phase !== 'stop') {
      try {
        await iteration(onCommand);
      } catch (error) {
        errors.push(error);
        if (errors.length > 20) state.phase = 'stop';
      }
    }
  });
  await sleep(warmupSeconds * 1000);
  onWindowStart?.();
  state.windowStart = performance.now();
  state.phase = 'measure';
  await sleep(seconds * 1000);
  state.phase = 'stop';
  state.windowEnd = performance.now();
  const window = onWindowEnd?.();
  await Promise.all(loops);
  if (errors.length) throw new AggregateError(errors, `${errors.length} iterations failed: ${errors[0]?.message}`);
  const elapsed = (state.windowEnd - state.windowStart) / 1000;
  return {
    commands: latencies.length,
    elapsed,
    perSecond: latencies.length / elapsed,
    latency: summarise(latencies),
    latencies,
    window,
  };
}

export function summarise(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    meanMs: round(mean, 2),
    p50Ms: round(percentile(sorted, 50), 2),
    p95Ms: round(percentile(sorted, 95), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    maxMs: round(sorted[sorted.length - 1] ?? null, 2),
  };
}
