import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
