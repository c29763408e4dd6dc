// Paths, the built packages (apps/api/dist, libs/*/dist) and machine facts, shared by every bench section.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const benchDir = path.join(root, 'bench');

/** `require` as seen from the built API, so the bench shares its copies of pg, typeorm and the libs. */
export const apiRequire = createRequire(path.join(root, 'apps/api/dist/main.js'));

/** Why a section driving Chromium against the built web app cannot run here, or null. */
export function browserUnavailable(chromium) {
  if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) return 'apps/web is not built (npm run build)';
  if (!fs.existsSync(chromium)) return `no Chromium at ${chromium}`;
  try {
    apiRequire.resolve('playwright-core');
  } catch {
    return 'playwright-core is not installed';
  }
  return null;
}

export function requireApi(relative) {
  return apiRequire(path.join(root, 'apps/api/dist', relative));
}

export const workflow = (key) => JSON.parse(fs.readFileSync(path.join(root, 'workflows', `${key}.json`), 'utf8'));

/** Arguments: --quick, --only=ceiling,service,http,engine,timers,designer,web, --no-build, --profile, --merge (see run.mjs). */
export function parseArgs(argv = process.argv.slice(2)) {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const only =
    argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',') ?? null;
  const noBuild = argv.includes('--no-build');
  const profile = argv.includes('--profile');
  const merge = argv.includes('--merge');
  return { quick, only, noBuild, profile, merge, wants: (name) => !only || only.includes(name) };
}

export function machineFacts() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    gitCommit: git(['rev-parse', '--short', 'HEAD']),
    gitDirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const round = (value, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? null : Number(value.toFixed(digits));

export function log(line) {
  process.stderr.write(`[bench] ${line}\n`);
}
