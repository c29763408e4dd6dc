module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: require('./package.json').name,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  setupFiles: ['<rootDir>/test/utils/test-env.ts'],
  testTimeout: 60_000,
};
