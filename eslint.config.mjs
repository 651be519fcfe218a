// Lint: typescript-eslint strict, plus the walls of the house (architecture.md):
// the core imports nothing of the doors, of Excel, of the DOM or of Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const coreForbidden = {
  patterns: [
    { group: ['**/adapters/**', '**/ui/**', '**/apps/**'], message: 'The core knows nothing of the doors.' },
    {
      group: ['exceljs', 'react', 'react-*', '@fluentui/*', 'chart.js', 'chart.js/*'],
      message: 'The core is pure: no exceljs, React or charts.',
    },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util'], message: 'The core is pure: no Node modules.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'console'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core never reads the clock: take asOf as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core never reads the clock: take asOf as an argument.',
        },
      ],
    },
  },
  {
    // Office.js habits (Microsoft's own lint rules), at error level where Excel is called.
    files: ['src/adapters/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: [
      'src/ui/**/*.ts',
      'src/ui/**/*.tsx',
      'src/adapters/xlsx/**',
      'src/adapters/charts/**',
      'src/apps/web/**',
      'src/apps/cli/**',
    ],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
);
