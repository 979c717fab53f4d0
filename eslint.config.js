// ESLint flat config: typescript-eslint (type-aware), React hooks, jsx-a11y, and the architecture rules:
// features never import each other; only src/db opens Dexie; components never touch the database.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: ['dist/**', 'dev-dist/**', 'coverage/**', 'node_modules/**', 'data/**', 'public/**', 'reports/**'],
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
    // Without a resolver that knows .ts/.tsx, extensionless imports resolve to nothing and the boundary zones
    // below silently pass every import.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
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
            // A feature may not reach into another feature: shared code goes to src/lib or src/components.
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features do not import each other; compose them in src/app or share via src/lib.',
            })),
            {
              // The vault is a leaf: storage (src/db) and the lock UI depend on it, never the other way round.
              target: './src/security',
              from: ['./src/app', './src/features', './src/db', './src/sync', './src/stores', './src/components'],
              message: 'src/security imports nothing of the app: pass what it needs in as arguments.',
            },
            {
              // The data layer serves the features: it never reaches up into them, the app shell or components.
              target: './src/data',
              from: ['./src/features', './src/app', './src/components'],
              message: 'src/data imports no feature, app or component code: features import src/data.',
            },
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
            { name: 'dexie', message: 'Only src/db opens Dexie: use a data/ operation.', allowTypeImports: true },
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
    files: ['src/db/**', 'src/shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
              group: ['**/db/db'],
              message: 'Components never touch the database: use a feature data/ operation or hook.',
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
