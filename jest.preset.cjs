// Shared Jest settings: swc compiles TypeScript and the ESM-only dependencies (NestJS 12, feelin, …)
// to CommonJS, because Jest 30 cannot require() ESM on Node 20 (see stack-notes §8).
const esmOnlyPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'load-esm',
  'serialize-error',
  'non-error',
  '@bpmn-io',
  'lezer-feel',
  '@lezer',
  'feelers',
  'min-dash',
  'luxon',
];

const swcTs = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
const swcJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', swcTs],
    '^.+\\.m?js$': ['@swc/jest', swcJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@tongban/(flow-model|flow-engine|work-calendar|api-contract)$': '<rootDir>/../../libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  reporters: ['default', '<rootDir>/../../tools/test/count-reporter.cjs'],
  // Not Jest's 5 s: `npm test` runs the pure projects beside the API suites, on a machine others may share, and
  // no test here measures time (a slow elkjs layout under load is no failure).
  testTimeout: 30_000,
};
