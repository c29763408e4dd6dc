// 4b. The cost of one step against the size of the flow: an `accept` that passes every node of a chain of
// 100 / 1,000 / 10,000 nodes, or opens 50 / 200 / 400 parallel branches (bench/lib/generated-flows.mjs).
// The fastest of several timed runs after a warm-up. The step runs as the API runs it (from the stored snapshot JSON, compiled machine cached per definition);
// compiling (validation included) is paid once per definition and reported apart. Linearity: how the cost
// grows against the size, (cost ratio) / (size ratio) between neighbouring sizes; 1 is linear.
//
// `node bench/step-cost.mjs` measures this section alone (after building the libs).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { round } from './lib/env.mjs';
import { chainFlow, parallelFlow } from './lib/generated-flows.mjs';

export const STEP_COST_SIZES = { chain: [100, 1_000, 10_000], parallel: [50, 200, 400] };
/** The target: a flow of 1,000 nodes or 200 branches accepts an item in under this. */
export const STEP_TARGET_MS = 50;

async function measureHere({ shape, size, minMs = 300, maxRounds = 30 }) {
  const { engine, calendar, START_AT } = await import('./lib/engine-item.mjs');
  const definition = shape === 'chain' ? chainFlow(size) : parallelFlow(size);
  let ids = 0;
  const ctx = { now: START_AT, newId: () => `id-${++ids}`, calendar };
  const compileStarted = performance.now();
  engine.compile(definition);
  const compileMs = performance.now() - compileStarted;
  const input = { applicationId: 'app', applicant: 'alice', materials: ['M01'], channel: 'online' };
  const submitted = JSON.stringify(engine.start(definition, input, ctx).snapshot);
  const accept = () => engine.step(definition, JSON.parse(submitted), { type: 'accept', actor: 'window1' }, ctx);
  // Warm-up: V8 optimises the step's code only after it has run a few times.
  for (let i = 0, end = performance.now() + minMs / 3; i < 3 || (performance.now() < end && i < maxRounds); i++)
    accept();
  const samples = [];
  let effects = 0;
  const until = performance.now() + minMs;
  while (samples.length < 3 || (performance.now() < until && samples.length < maxRounds)) {
    const started = performance.now();
    const result = accept();
    JSON.stringify(result.snapshot);
    samples.push(performance.now() - started);
    effects = result.effects.length;
  }
  samples.sort((a, b) => a - b);
  // The fastest run: other processes sharing the CPU only ever add time, and the figure is about the code.
  return { shape, size, nodes: definition.nodes.length, compileMs, stepMs: samples[0], effects };
}

function inChild(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(args)], (error, stdout, stderr) => {
      if (error) return reject(new Error(`step cost ${args.shape} ${args.size}: ${stderr || error.message}`));
      resolve(JSON.parse(stdout));
    });
  });
}

/** Each size in a fresh process, so that one flow's garbage and inline caches do not weigh on the next. */
export async function benchStepCost(sizes = STEP_COST_SIZES) {
  const result = {};
  for (const [shape, list] of Object.entries(sizes)) {
    const rows = [];
    for (const size of list) rows.push(await inChild({ shape, size }));
    result[shape] = rows.map((row, i) => ({
      size: row.size,
      nodes: row.nodes,
      stepMs: round(row.stepMs, 2),
      compileMs: round(row.compileMs, 0),
      effects: row.effects,
      // (cost ratio) / (size ratio) against the previous size: ~1 linear, ~size ratio quadratic.
      linearity: i === 0 ? null : round(row.stepMs / rows[i - 1].stepMs / (row.size / rows[i - 1].size), 2),
    }));
  }
  return { ...result, targetMs: STEP_TARGET_MS };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2]) process.stdout.write(JSON.stringify(await measureHere(JSON.parse(process.argv[2]))));
  else {
    const { stepCostRows } = await import('./report.mjs');
    const rows = stepCostRows(await benchStepCost());
    for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
  }
}
