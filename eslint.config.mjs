// ESLint: typescript-eslint's type-aware recommended rules over the TypeScript of the portal, the CLI,
// the tests, the scripts and the benchmark. Formatting is Biome's job (biome.json): no stylistic rule here.
// `npm run lint` checks; `npm run lint:fix` (scripts/lint-fix.sh) re-applies every automatic fix.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Build outputs, generated files and installed packages.
    ignores: ['**/node_modules/', '**/build/', '**/dist/', '**/.docusaurus/', 'coverage/', 'schemas/', '.tmp/', '.screenshots/', 'scratch/'],
  },
  {
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: {...globals.node},
      parserOptions: {
        // Type information from tsconfig.json, the same program `npm run typecheck` checks.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Bugs: kept at error (recommendedTypeChecked has them; listed so that they stay on).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // Cheap with a fixer, and it keeps type-only imports out of the bundles (the tsconfig has
      // isolatedModules but not verbatimModuleSyntax). Inline `type` markers, as the code writes them.
      // `typeof import('…')` stays allowed: docusaurus.config.ts names the type of a module it must
      // not import (the portal library is loaded from its bundle).
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports', disallowTypeAnnotations: false}],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {considerDefaultExhaustiveForUnions: true}],
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      // Dead code of the type level, both with a fixer (from the strict set).
      '@typescript-eslint/no-unnecessary-type-arguments': 'error',
      '@typescript-eslint/no-unnecessary-template-expression': 'error',
      // Off: the validator and the search echo untyped YAML and JSON values in messages with
      // String(value); a narrowed `unknown` is `{}` there, which this rule flags every time.
      // `${object}` in a template, the usual bug, stays caught by restrict-template-expressions.
      '@typescript-eslint/no-base-to-string': 'off',
      // Off: control characters are matched on purpose, to refuse or strip them in entries,
      // addresses, feeds and terminal output.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read the CLI's JSON reports, feeds and fake-server requests as `any` and state their
    // shape with expect(): a wrong guess fails the test, so typing each parse would only repeat
    // the assertions. The source keeps these rules.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (scripts/*.mjs, the CLI's bin/ files, a benchmark floor, a worker fixture) is
    // outside tsconfig.json: syntax-level rules only.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // React components and hooks of the portal.
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {globals: {...globals.browser}},
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Missing dependencies are bugs: error, not the preset's warning.
      'react-hooks/exhaustive-deps': 'error',
      // Off: the pages render the empty state on the server and in the first client render (so
      // that hydration matches), then read the URL in an effect and set the state from it: the
      // pattern this rule forbids is the deliberate way to do that in Docusaurus.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
)
