// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'release-test/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.artifacts/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches main only through window.aterges; it must never import Node or Electron.
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', '../electron/*', '../../electron/*'] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/ is imported by both processes: nothing from Electron, Node or React.
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', 'react', 'react-dom'] },
      ],
    },
  },
  {
    // Only the IPC registration helper and the preload bridge may touch ipcMain / ipcRenderer.
    files: ['electron/**/*.ts'],
    // The composition root only hands ipcMain to the helper.
    ignores: [
      'electron/main/ipc/register-handlers.ts',
      'electron/main/index.ts',
      'electron/preload/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Use the IPC registration helper.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Use the preload bridge.' },
      ],
    },
  },
);
