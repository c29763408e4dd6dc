module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '@tongban/web',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
