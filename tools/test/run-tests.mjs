#!/usr/bin/env node
// `npm test`: builds, gives every project's Jest tests a real PostgreSQL (DATABASE_URL, or an embedded one),
// runs them through Nx, and ends with the plain "N passed, N failed" line that CI reads.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '@tongban/embedded-pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const countsDir = path.join(root, '.tmp/test-counts');
const extraArgs = process.argv.slice(2);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readCounts() {
  let passed = 0;
  let failed = 0;
  for (const file of fs.existsSync(countsDir) ? fs.readdirSync(countsDir) : []) {
    const counts = JSON.parse(fs.readFileSync(path.join(countsDir, file), 'utf8'));
    passed += counts.passed;
    // A suite that fails to load has no failed tests, yet it is a failure.
    failed += counts.failed + (counts.failed === 0 ? counts.failedSuites : 0);
  }
  return { passed, failed };
}

/**
 * The projects that need PostgreSQL (api, e2e) run one after another, as before; the pure ones (libs and the web
 * unit tests, which use no database) run meanwhile on the other core, and their output is printed in one piece
 * once both are done. Extra arguments (`npm test -- -p api`) keep the single sequential run.
 */
async function runTests(env) {
  const runMany = ['nx', 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=1'];
  if (extraArgs.length) return run('npx', [...runMany, ...extraArgs], env);
  const pureProjects = 'tag:scope:core,tag:scope:frontend';
  const pureOutput = [];
  const pure = runAsync([...runMany, `--projects=${pureProjects}`], env, pureOutput);
  const databaseStatus = await runAsync([...runMany, `--exclude=${pureProjects}`], env);
  const pureStatus = await pure;
  console.log('\n— the pure projects (libs, web unit tests), run alongside —\n');
  for (const chunk of pureOutput) process.stdout.write(chunk);
  return databaseStatus !== 0 ? databaseStatus : pureStatus;
}

/** `npx …` to its end; its output goes to `output` when given, else straight through. */
function runAsync(args, env, output) {
  const child = spawn('npx', args, {
    cwd: root,
    stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));
}

fs.rmSync(countsDir, { recursive: true, force: true });
const nxEnv = { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
let buildStatus = run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'], nxEnv);

let database;
let testDataDir;
let testStatus = 1;
if (buildStatus === 0) {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    // A cluster of its own per run, so two runs on one machine never stop each other's server.
    testDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-'));
    database = await startEmbeddedPostgres({ dataDir: path.join(testDataDir, 'pg'), log: console.log });
    databaseUrl = database.url;
    console.log(`tests use an embedded PostgreSQL on port ${database.port}`);
  }
  try {
    testStatus = await runTests({
      ...nxEnv,
      DATABASE_URL: databaseUrl,
      TONGBAN_TEST_COUNTS: countsDir,
      NODE_ENV: 'test',
    });
  } finally {
    await database?.stop();
    if (testDataDir) fs.rmSync(testDataDir, { recursive: true, force: true });
  }
}

const { passed, failed } = readCounts();
const failures = failed + (buildStatus !== 0 || (testStatus !== 0 && failed === 0) ? 1 : 0);
if (buildStatus !== 0) console.log('the build failed, so no test ran');
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
