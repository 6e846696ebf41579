// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Code that must stay pure: no HTTP, database or Node imports (it runs in workers, the Worker and the CLI alike). */
const PURE_RESTRICTIONS = {
  patterns: [
    { group: ['**/http/**', '**/db/**', '**/routes/**', '**/interview/**', '**/recruiting/**', '**/accounts/**', '**/webhooks/**', '**/operations/**'], message: 'scoring/ and shared/ are pure: no HTTP, database or service imports.' },
    { group: ['node:*', 'hono', 'hono/*', 'postgres', '@electric-sql/*'], message: 'scoring/ and shared/ are pure: no Node, HTTP or database libraries.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', '.wrangler/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['backend/dashboard/**/*.{ts,tsx}', 'addin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['backend/scoring/**/*.ts', 'shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_RESTRICTIONS] },
  },
  {
    // Office.js is the add-in's Excel layer's alone.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['addin/excel/**', 'tests/**', '**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'Office', message: 'Office.js only inside addin/excel/.' }, { name: 'Excel', message: 'Office.js only inside addin/excel/.' }] },
  },
);
