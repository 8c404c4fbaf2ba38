import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer talks to main only through window.mobes.',
          })),
        },
      ],
    },
  },
  {
    // Every window's view: each text it shows comes from shared/i18n/locales. Markup that is no text
    // (class names, test ids, key names for aria-keyshortcuts, SVG) is ignored. The demo page's own
    // frame (its stand-in tray bar and notes) and the start-up benchmark's blank page are test
    // harnesses around the windows, not windows of the app, and stay in English.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/demo/**', 'renderer/bench/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] },
          // Intl formatters take a width ('long'), the form fields a part name ('start'): no text.
          callees: {
            exclude: ['t', 'i18n(ext)?\\.t', 'useTranslation', 'Trans', 'f\\.\\w+', 'field', 'stateText'],
          },
        },
      ],
    },
  },
  {
    // shared/ is the pure domain: no Electron, no Node built-ins, no React, no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', ...nodeBuiltins],
          patterns: ['react/*', 'react-dom/*', 'electron/*'],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require'].map((name) => ({
          name,
          message: `shared/ must not touch ${name}: inject time, randomness and I/O.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Inject randomness (a Random function).' },
        { object: 'Date', property: 'now', message: 'Inject time: take `at` or a now() port.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject time.' },
      ],
    },
  },
  {
    // What the main process shows (the tray menu, its dialogs) is worded through a Translator: no
    // literal text there. Ids, option values and translation keys ("tray:quit") are not text.
    files: ['electron/tray/trayMenu.ts', 'electron/main/notices.ts', 'electron/main/exportFile.ts'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          words: { exclude: ['^[a-z0-9]+(-[a-z0-9]+)*$', '^[a-z]+:[a-zA-Z]+$', '^[A-Z]+$'] },
          'object-properties': { exclude: ['id', 'type', 'name', 'extensions'] },
          callees: { exclude: ['t', 'log', 'fail', 'join', 'getPath', 'writeFile'] },
        },
      ],
    },
  },
);
