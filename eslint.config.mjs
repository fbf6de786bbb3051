import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The engine is pure: no UI, no Office, no spreadsheet library, no file or
// network access. Everything else reaches it through the workbook port.
const engineForbidden = [
  { name: 'react', message: 'src/engine is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'src/engine is pure TypeScript: no React.' },
  { name: 'exceljs', message: 'src/engine reads grids, not files: no exceljs.' },
  { name: 'fs', message: 'src/engine does no I/O.' },
  { name: 'node:fs', message: 'src/engine does no I/O.' },
  { name: 'fs/promises', message: 'src/engine does no I/O.' },
  { name: 'node:fs/promises', message: 'src/engine does no I/O.' },
  { name: 'path', message: 'src/engine does no I/O.' },
  { name: 'node:path', message: 'src/engine does no I/O.' },
  { name: 'child_process', message: 'src/engine does no I/O.' },
  { name: 'node:child_process', message: 'src/engine does no I/O.' },
  { name: 'http', message: 'src/engine does no I/O.' },
  { name: 'https', message: 'src/engine does no I/O.' },
  { name: 'net', message: 'src/engine does no I/O.' },
  { name: 'os', message: 'src/engine does no I/O.' },
  { name: 'node:os', message: 'src/engine does no I/O.' },
];
const enginePatterns = [
  { group: ['@fluentui/*', 'react/*', 'react-dom/*'], message: 'src/engine is pure: no UI.' },
  { group: ['@microsoft/office-js*', 'office-*'], message: 'src/engine is pure: no Office.js.' },
  { group: ['exceljs/*', 'fflate', 'node:*'], message: 'src/engine does no I/O.' },
  {
    group: ['**/adapters/**', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/log/**'],
    message: 'src/engine may not depend on the layers built on top of it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'tools/keytar-stub/',
      'test-results/',
      '.tmp/',
      'bench/out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: engineForbidden, patterns: enginePatterns }],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/engine is pure: no Office.js.' },
        { name: 'Excel', message: 'src/engine is pure: no Office.js.' },
        { name: 'process', message: 'src/engine reads no environment.' },
        { name: 'require', message: 'src/engine imports, it does not require.' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
);
