const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: 'e2e',
  testMatch: ['<rootDir>/e2e/**/*.spec.ts', '<rootDir>/browser/**/*.spec.ts'],
  moduleNameMapper: {
    '^@tongban/(flow-model|flow-engine|work-calendar|api-contract)$': '<rootDir>/../libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  reporters: ['default', '<rootDir>/../tools/test/count-reporter.cjs'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
