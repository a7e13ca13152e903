// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';

const TYPEORM = 'Pages and controllers reach the database through a use case (src/<feature>/use-cases/) and its repository.';

const DATA_SOURCE = "Reach the database through your feature's repository (src/<feature>/<name>.repository.ts), not the DataSource.";

/** What pages and controllers may not import (issue 16): TypeORM, and any entity. */
const PERSISTENCE_PATHS = [
  { name: 'typeorm', message: TYPEORM },
  { name: '@nestjs/typeorm', message: TYPEORM },
];
const PERSISTENCE_PATTERNS = [
  { group: ['typeorm/*'], message: TYPEORM },
  { group: ['**/*.entity'], message: "Use the feature's read-model type (e.g. actions/action-read-model.ts), not an entity." },
];

/**
 * `npm run lint` (run by .ci/run): ESLint's and typescript-eslint's recommended rules, without type information so it
 * stays fast. Every exception is listed with its reason.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'var/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'clients/typescript/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Unused arguments named with a leading underscore are kept for a signature (a Nest hook, a callback).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Form and header checks look for control characters on purpose: that is what they refuse.
      'no-control-regex': 'off',
      // Nest modules are classes that exist for their decorator.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // A page handler either answers through @Res() (void) or returns the created id for the audit log.
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  {
    // Issue 16: the database is reached through a feature's repository. Only repositories, the migrations (and their
    // runner) and the readiness check take the DataSource; everything else asks a repository. Stricter rules for
    // controllers and pages follow, and replace this one there.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/database/**', 'src/health/readiness.ts', 'src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', importNames: ['DataSource'], message: DATA_SOURCE },
            { name: '@nestjs/typeorm', importNames: ['InjectDataSource'], message: DATA_SOURCE },
          ],
        },
      ],
    },
  },
  {
    // Issue 16: a controller (JSON or page) reaches the database only through a use case, and reads plain types, never
    // an entity. Read-model types live beside each feature's entities (action-read-model.ts, section-read-model.ts...).
    files: ['src/**/*.controller.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: PERSISTENCE_PATHS, patterns: PERSISTENCE_PATTERNS }] },
  },
  {
    // The pages (and the shared web layer) are no second application: use cases and plain view types, not even a
    // feature's repository.
    files: ['src/pages/**/*.ts', 'src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PERSISTENCE_PATHS,
          patterns: [
            ...PERSISTENCE_PATTERNS,
            { group: ['**/*.repository'], message: 'Pages call a use case (src/<feature>/use-cases/), not a repository.' },
          ],
        },
      ],
    },
  },
  {
    // Issue 16: "a module imports another module's use cases, never its entities or repository". A feature is a folder
    // src/<feature>/; its code reads other features through their use cases and read-model types. Entities may still
    // name another feature's entity for a relation: the schema is one, and its foreign keys are checked against the
    // migrations (test/platform.e2e-spec.ts). src/database/ lists every entity for TypeORM; specs build fixtures.
    files: ['src/**/*.ts'],
    ignores: ['src/database/**', 'src/**/*.spec.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [{ type: 'feature', pattern: 'src/*', capture: ['feature'] }],
      'boundaries/files': [
        { category: 'entity', pattern: '**/*.entity.ts' },
        { category: 'repository', pattern: '**/*.repository.ts' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          message:
            'Reach another feature through its use cases (src/<feature>/use-cases/) and read-model types, not its entities or repository.',
          policies: [
            {
              from: { element: { type: 'feature' } },
              disallow: {
                to: {
                  element: { type: 'feature', captured: { feature: '!{{from.element.captured.feature}}' } },
                  file: { categories: { anyOf: ['entity', 'repository'] } },
                },
              },
            },
            { from: { file: { categories: 'entity' } }, allow: { to: { file: { categories: 'entity' } } } },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON answers loosely (95 places when this was set up); the typed contract (issue 20) is the way to
    // give them types, one area at a time. Source and benches stay without `any`.
    files: ['test/**/*.ts'],
    // A test's `!` says what it expects to find; if it is wrong, the test fails there.
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['scripts/**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  { files: ['scripts/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['templates/pages/assets/**/*.js'], languageOptions: { globals: globals.browser } },
  // Layout is Prettier's (npm run format); ESLint keeps none of its own layout rules.
  prettier,
);
