import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Module boundaries from DESIGN.md, enforced here:
// core imports nothing of the app (no React, three, DOM-only or Node APIs);
// browser code (experience, console, research, logger) never imports the server, nor the reverse.
const browserDirs = ['experience', 'console', 'research', 'logger'];
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-e2e/**',
      '.tmp/**',
      'node_modules/**',
      'public/**',
      'data/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Node scripts and configs.
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'react-dom/*',
                'three',
                'three/*',
                '@react-three/*',
                'zustand',
                'zustand/*',
              ],
              message: 'src/core is pure: no React, three or stores.',
            },
            {
              group: [...nodeBuiltins],
              message: 'src/core runs in the browser and on the server: no Node APIs.',
            },
            {
              group: [
                '**/experience/**',
                '**/console/**',
                '**/research/**',
                '**/server/**',
                '**/logger/**',
              ],
              message: 'src/core imports nothing of the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  ...browserDirs.map((dir) => ({
    files: [`src/${dir}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/server'],
              message: 'Browser code never imports the server; share code through src/core.',
            },
            { group: [...nodeBuiltins], message: 'Browser code cannot use Node APIs.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: browserDirs.flatMap((d) => [`**/${d}/**`, `**/${d}`]),
              message: 'The server never imports browser code; share code through src/core.',
            },
            {
              group: ['react', 'react-dom', 'three', '@react-three/*'],
              message: 'The server renders nothing.',
            },
          ],
        },
      ],
    },
  },
);
