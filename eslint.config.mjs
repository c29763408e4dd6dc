import js from '@eslint/js';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const tsExtensions = ['.ts', '.tsx', '.cts', '.mts'];

/**
 * import-x's own resolver (unrs-resolver, already its dependency) taught TypeScript's rules: `./x.js` may name
 * `./x.ts`, and `@tongban/*` map to the libraries' sources through tsconfig.base.json's paths. No
 * eslint-import-resolver-typescript needed.
 */
const tsResolver = createNodeResolver({
  extensions: [...tsExtensions, '.js', '.jsx', '.mjs', '.cjs', '.json'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
  conditionNames: ['types', 'import', 'require', 'default'],
  tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) },
});

const frameworks = ['@nestjs/*', 'typeorm', '@nestjs/typeorm', 'react', 'react-dom', 'react/*', '@xyflow/*', 'pg', 'express'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.tmp/**', 'data/**', 'bench/**/*.json', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest modules are decorated empty classes by design.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:core'], bannedExternalImports: frameworks },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:core', 'scope:tooling'], bannedExternalImports: ['react', 'react-dom', '@xyflow/*'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:core'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:core', 'scope:backend', 'scope:frontend', 'scope:tooling'] },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere: a cycle makes module initialisation order matter (undefined at import time)
    // and ties layers together. Type-only imports do not count (they vanish at build time); packages are not
    // followed (ignoreExternal keeps the lint fast).
    files: ['**/*.{ts,tsx,cts,mts,js,jsx,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': [...tsExtensions, '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': tsExtensions },
      'import-x/resolver-next': [tsResolver],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Hooks in the order React calls them, with the dependencies they read (the compiler-era rule set).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The functional core never reads the wall clock: time is an argument (architecture.md).
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/*/src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'libs/* take time as an argument' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'libs/* take time as an argument' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'libs/* are deterministic' },
        { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: 'libs/* take time as an argument' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', 'http', 'net'], message: 'libs/* do no I/O and run in the browser' }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'tools/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
  },
  prettier,
);
