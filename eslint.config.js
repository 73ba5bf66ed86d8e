// ESLint: JavaScript and TypeScript recommended rules (typescript-eslint), Astro components (eslint-plugin-astro).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** The rooms of the tree (ARCHITECTURE.md): who may import whom. */
const forbid = (...rules) => ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }];
const noTests = ['(^|/)tests/', 'Only tests import test code.'];
const noScripts = ['(^|/)scripts/', 'The site never imports the npm tasks (scripts/).'];
const noBuild = ['(^|/)build/', 'src/build is Astro build-time code; domain code does not depend on it.'];
const noAstroContent = ['^astro:content$', 'Only src/build reads the content store.'];
const noConfig = ['(^|/)config(\\.ts)?$', 'Configuration reaches this code as options, not through src/config.ts.'];
const noDisk = ['^node:(fs|fs/promises)$', 'No disk access here: the caller reads files and passes their contents.'];
const noNode = ['^node:', 'Browser code cannot use Node modules.'];
const rooms = [
  { files: ['scripts/**'], rules: { 'no-restricted-imports': forbid(noTests) } },
  { files: ['src/**'], rules: { 'no-restricted-imports': forbid(noTests, noScripts) } },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': forbid(noTests, noScripts, noBuild, noAstroContent) } },
  { files: ['src/edition/**', 'src/plugins/**'], rules: { 'no-restricted-imports': forbid(noTests, noScripts, noBuild, noAstroContent, noConfig, noDisk) } },
  { files: ['src/client/**'], rules: { 'no-restricted-imports': forbid(noTests, noScripts, noBuild, noAstroContent, noConfig, noNode) } },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', '.partitions/', 'bench/tmp/', 'src/csl/', 'tests/plugins/fixtures/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except ones that say they are unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...rooms,
);
