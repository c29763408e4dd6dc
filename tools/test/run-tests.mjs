#!/usr/bin/env node
// `npm test`: builds, gives every project's Jest tests a real PostgreSQL (DATABASE_URL, or an embedded one),
// runs them through Nx, and ends with the plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
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
    testStatus = run(
      'npx',
      ['nx', 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=1', ...extraArgs],
      { ...nxEnv, DATABASE_URL: databaseUrl, TONGBAN_TEST_COUNTS: countsDir, NODE_ENV: 'test' },
    );
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
