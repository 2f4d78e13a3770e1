// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering of electron/main (README, "How it is built"): each folder imports only the folders
 * listed for it, so no two folders depend on each other. `app/` wires the services together and
 * the composition root (index.ts) wires Electron to `app/`; both may import anything. Tests are
 * exempt (they assemble pieces on purpose). A folder not listed here is not checked yet.
 */
const MAIN_LAYERS = {
  logging: [],
  input: [],
  files: ['logging'],
  connection: ['logging', 'input'],
  session: ['logging', 'input', 'files', 'deep-link'],
  vault: ['logging', 'input', 'session', 'connection'],
  offline: ['logging', 'input', 'files', 'session'],
  sync: ['logging', 'input', 'session', 'vault', 'offline'],
  settings: ['logging', 'input', 'files'],
  updates: ['logging'],
  setup: ['logging'],
  ipc: ['logging', 'input'],
  'deep-link': [],
  window: ['logging', 'ipc'],
  // Auto-lock: Electron-free; its clock type is the offline folder's.
  lock: ['logging', 'offline'],
};
const MAIN_FOLDERS = [...Object.keys(MAIN_LAYERS), 'app'];

const mainLayerRules = Object.entries(MAIN_LAYERS).map(([folder, allowed]) => ({
  files: [`electron/main/${folder}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: MAIN_FOLDERS.filter((other) => other !== folder && !allowed.includes(other)).map(
          (other) => ({
            group: [`../${other}/*`, `../../${other}/*`],
            message: `electron/main/${folder}/ may not depend on electron/main/${other}/ (the layering in eslint.config.js and the README).`,
          }),
        ),
      },
    ],
  },
}));

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
  ...mainLayerRules,
);
