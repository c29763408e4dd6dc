// `npm run test:faults`: the slow fault suite. Crash safety (the built server killed with SIGKILL under load),
// KNOWN BUG reproductions when there are any (bugs found, not fixed yet: once they pass they move into
// `npm test`, as test/e2e/fault-regressions.spec.ts did), and the 10,000-request API fuzz
// (apps/api/test/faults-fuzz.spec.ts) once more with another seed. Needs the build (the script runs it first)
// and PostgreSQL: DATABASE_URL, or an embedded server that global-setup.mjs starts and global-teardown.mjs stops.
// Reporters belong to the root of a multi-project config, not to its projects.
const { reporters: _projectReporters, ...preset } = require('../../jest.preset.cjs');

const libs = {
  '^@tongban/(flow-model|flow-engine|work-calendar)$': '<rootDir>/../../libs/$1/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

module.exports = {
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  reporters: ['default', '<rootDir>/known-bugs-reporter.cjs', '<rootDir>/../../tools/test/count-reporter.cjs'],
  rootDir: __dirname,
  maxWorkers: 1,
  testTimeout: 600_000,
  projects: [
    {
      ...preset,
      rootDir: __dirname,
      displayName: 'faults',
      testMatch: ['<rootDir>/**/*.spec.ts'],
      moduleNameMapper: libs,
      testTimeout: 600_000,
    },
    {
      ...preset,
      rootDir: `${__dirname}/../../apps/api`,
      displayName: 'faults-api-fuzz',
      testMatch: ['<rootDir>/test/faults-fuzz.spec.ts'],
      testTimeout: 300_000,
    },
  ],
};
