// ESLint flat config: typescript-eslint (type-aware), React hooks, jsx-a11y, and the architecture rules:
// the layers of docs/ARCHITECTURE.md (shared → platform → data → ui → features → app), one way only; features
// never import each other; only src/platform/db and src/data call Dexie; src/shared is pure and self-contained;
// server/ takes nothing from src/ but src/shared. tests/unit/architecture-lint.test.ts
// lints one forbidden import per rule (tests/lint-fixtures/) and fails if a rule lets it through.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Without a resolver that knows .ts/.tsx, extensionless imports resolve to nothing and the boundary zones below
// silently pass every import (the fixture test catches that).
const resolver = { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] };

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dev-dist/**',
      'coverage/**',
      'node_modules/**',
      'data/**',
      'public/**',
      'reports/**',
      // Forbidden imports on purpose, linted by tests/unit/architecture-lint.test.ts only.
      'tests/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: resolver,
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region (wide tables) must be reachable by keyboard (WCAG 2.1.1): tabIndex on a region.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The layers, one way only (docs/ARCHITECTURE.md): shared → platform → data → ui → features → app.
            {
              // The pure layer both the app and the server import: nothing of the app, nothing of the server.
              target: './src/shared',
              from: './src',
              except: ['./shared'],
              message: 'src/shared imports only src/shared: the app and the server both build on it.',
            },
            {
              target: './src/shared',
              from: ['./server', './scripts', './tests'],
              message: 'src/shared imports only src/shared: the app and the server both build on it.',
            },
            {
              // Dexie setup, the vault's crypto, PWA, i18n, preferences, device flags: they know no user-data concept.
              target: './src/platform',
              from: ['./src/data', './src/ui', './src/features', './src/app', './src/sw'],
              message: 'src/platform imports only src/platform, src/shared and src/content: data and UI build on it.',
            },
            {
              // One module per user-data concept, the only callers of Dexie: never the UI above it.
              target: './src/data',
              from: ['./src/ui', './src/features', './src/app', './src/sw'],
              message: 'src/data imports no UI, feature or app code: features call src/data.',
            },
            {
              // Shared UI (design-system components, hooks): below the features, above the data.
              target: './src/ui',
              from: ['./src/features', './src/app', './src/sw'],
              message: 'src/ui imports no feature or app code: features compose it.',
            },
            // A feature may not reach into another feature: shared UI goes to src/ui, shared data to src/data.
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features do not import each other; compose them in src/app, share via src/ui or src/data.',
            })),
            {
              target: './src/!(app)/**',
              from: './src/app',
              message: 'Only the app shell imports from src/app.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Only src/platform/db and src/data call Dexie: use a src/data module.',
              allowTypeImports: true,
            },
            {
              name: 'dexie-react-hooks',
              message: 'Live queries belong to src/data: use its hooks.',
              allowTypeImports: true,
            },
            {
              name: 'zod',
              message: 'Import z from src/shared/zod (configured for the CSP: no eval probe).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // No package but zod (through ./zod), no Node built-in, in the layer the browser and the server share.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message: 'src/shared imports no package and no Node module (zod comes from src/shared/zod).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/db/**', 'src/data/**', 'src/shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The server shares only the pure layer with the app (issue #14): the rest of src/ is browser code.
    files: ['server/**/*.ts', 'scripts/admin.ts', 'scripts/start.ts'],
    plugins: { 'import-x': importX },
    settings: resolver,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./server', './scripts/admin.ts', './scripts/start.ts'],
              from: './src',
              except: ['./shared'],
              message: 'server/ imports from src/ only src/shared (protocol, sync rule, formats).',
            },
          ],
        },
      ],
    },
  },
  {
    // Components render; storage goes through data/ operations and hooks.
    files: ['src/**/components/**/*.tsx', 'src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Components never call Dexie directly.' }],
          patterns: [
            {
              group: ['**/platform/db/db'],
              message: 'Components never touch the database: use a src/data module or hook.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: { 'no-restricted-imports': 'off', 'import-x/no-restricted-paths': 'off' },
  },
);
