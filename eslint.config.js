// @ts-check
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettierOff from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Who may import whom: the table in backend/README.md, as data. Each folder (an "element") may import
 * itself and the elements listed; everything else is an error, type-only imports included, so a folder
 * cycle cannot come back through `import type`. The table is acyclic by construction: every element lists
 * only elements above it.
 */
export const LAYERS = {
  shared: [],
  crypto: ['shared'],
  scoring: ['shared'],
  'workbook-file': ['shared'],
  authoring: ['shared', 'scoring'],
  calibration: ['shared'],
  db: [],
  observability: ['db'],
  limits: ['db'],
  llm: ['observability'],
  tasks: ['shared', 'db'],
  webhooks: ['shared', 'db'],
  'thread-pool': ['shared', 'scoring'],
  mail: ['shared', 'db'],
  pages: ['shared'],
  accounts: ['shared', 'crypto', 'db', 'mail'],
  interview: ['shared', 'calibration', 'crypto', 'db', 'limits', 'llm', 'scoring', 'tasks', 'webhooks', 'workbook-file'],
  recruiting: [
    'shared',
    'accounts',
    'authoring',
    'calibration',
    'crypto',
    'db',
    'interview',
    'llm',
    'mail',
    'scoring',
    'tasks',
    'webhooks',
    'workbook-file',
  ],
  sweep: ['shared', 'db', 'interview', 'llm', 'mail', 'recruiting', 'webhooks'],
  demo: ['shared', 'crypto', 'db', 'tasks'],
  http: ['shared', 'accounts', 'crypto', 'db', 'interview', 'limits', 'llm', 'mail', 'observability'],
  routes: ['shared', 'accounts', 'db', 'http', 'interview', 'mail', 'pages', 'recruiting', 'tasks', 'webhooks', 'workbook-file'],
  cli: ['shared', 'accounts', 'authoring', 'calibration', 'db', 'recruiting', 'scoring', 'tasks', 'workbook-file'],
  // The entry files (app.ts, node.ts, worker.ts, config.ts, version.ts) wire everything together.
  entry: [
    'authoring',
    'calibration',
    'workbook-file',
    'mail',
    'pages',
    'shared',
    'accounts',
    'cli',
    'crypto',
    'db',
    'demo',
    'http',
    'interview',
    'limits',
    'llm',
    'observability',
    'recruiting',
    'routes',
    'sweep',
    'tasks',
    'thread-pool',
    'webhooks',
    'entry',
  ],
  // The browser apps talk to the server over HTTP only: they import shared contracts and their own code.
  dashboard: ['shared'],
  'addin-excel': ['shared'],
  'addin-ui': ['shared', 'addin-excel'],
};

/** First match wins: the folders, then `backend` itself, which leaves its entry files (and a test proves no folder is missing). */
const ELEMENTS = [
  { type: 'shared', pattern: 'shared' },
  { type: 'dashboard', pattern: 'backend/dashboard' },
  { type: 'addin-excel', pattern: 'addin/excel' },
  { type: 'addin-ui', pattern: 'addin/src' },
  ...Object.keys(LAYERS)
    .filter((type) => !['shared', 'dashboard', 'addin-excel', 'addin-ui', 'entry'].includes(type))
    .map((type) => ({ type, pattern: `backend/${type}` })),
  { type: 'entry', pattern: 'backend' },
].map((element) => ({ ...element, partialMatch: false }));

/** Libraries that would tie pure code to a runtime, a server or a database. */
const RUNTIME_LIBRARIES = [
  'node:*',
  'hono',
  'hono/*',
  '@hono/*',
  'postgres',
  '@electric-sql/*',
  'piscina',
  'redis',
  'openai',
  'prom-client',
];

const TS_PROJECTS = ['./tsconfig.json', './addin/tsconfig.json', './tests/tsconfig.json', './tests/workerd/tsconfig.json'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.d.ts',
      '.wrangler/**',
      '.data/**',
      'tests/fixtures/**/*.json',
      'shared/api/paths.generated.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { project: TS_PROJECTS, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // An async function without await is kept where a thrown error must become a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Config files are plain JavaScript outside every TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read JSON they just made and use vitest's asymmetric matchers (`expect.any`), which are typed `any`.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['backend/dashboard/**/*.{ts,tsx}', 'addin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Office.js's own rules (read after load and sync, never sync in a loop) where Office.js is used.
    files: ['addin/excel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // No import cycle between files (type-only imports are held by the folder table below).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['backend/**/*.{ts,tsx}', 'shared/**/*.ts', 'addin/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '{{from.type}}/ may not import {{to.type}}/: see "Who may import whom" in backend/README.md.',
          policies: [
            { allow: { to: { module: { origin: 'external' } } } },
            { allow: { to: { module: { origin: 'core' } } } },
            ...Object.entries(LAYERS).map(([type, allowed]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
            })),
          ],
        },
      ],
    },
  },
  {
    // scoring/ and shared/ run the same in a test, a thread, a Worker and the CLI: no runtime libraries.
    files: ['backend/scoring/**/*.ts', 'backend/authoring/**/*.ts', 'backend/calibration/**/*.ts', 'shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: RUNTIME_LIBRARIES, message: 'scoring/ and shared/ are pure: no Node, HTTP, database or LLM libraries.' }] },
      ],
    },
  },
  {
    // Office.js is the add-in's Excel layer's alone.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['addin/excel/**', 'tests/**', '**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js only inside addin/excel/.' },
        { name: 'Excel', message: 'Office.js only inside addin/excel/.' },
      ],
    },
  },
  // Formatting is Prettier's (`prettier --check` in `npm run lint`); no lint rule argues with it.
  prettierOff,
);
