// Lint: typescript-eslint strict, plus the walls of the house (README, "Architecture"):
//   core     pure: imports nothing of the other floors, of Excel, of the DOM or of Node;
//   ports    types only (the host, the report builder, the offline copy), over the core's types;
//   charts   chart.js configurations over the core, shared by the pane and the report;
//   adapters Office.js and the xlsx reader/writer: implement the ports, never import the ui;
//   ui       React over the ports: never imports an adapter;
//   apps     the composition roots, the only floor that wires adapters into the ui.
// Outside the core (tests in test/ too), the core is imported through its public face only ('…/core').
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** A wall: imports of these floors are errors, with the reason. */
const wall = (floors, message) => ({ group: floors.flatMap((floor) => [`**/${floor}`, `**/${floor}/**`]), message });
const coreFace = {
  group: ['**/core/**'],
  message: "Import the core through its public face ('…/core'), never a file inside it.",
};
const walls = (...patterns) => ['error', { patterns }];

const coreForbidden = walls(
  wall(['adapters', 'ui', 'apps', 'ports', 'charts'], 'The core knows nothing of the floors above it.'),
  {
    group: ['exceljs', 'react', 'react-*', '@fluentui/*', 'chart.js', 'chart.js/*'],
    message: 'The core is pure: no exceljs, React or charts.',
  },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util'], message: 'The core is pure: no Node modules.' },
);

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
      'no-restricted-imports': coreForbidden,
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
    files: ['src/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': walls(
        wall(['adapters', 'ui', 'apps', 'charts'], 'A port is types over the core only.'),
        coreFace,
      ),
      // Types only: a port holds no code, so implementing or using it runs nothing of it.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportDeclaration[importKind="value"]', message: 'A port imports types only (import type).' },
        {
          selector: ':matches(FunctionDeclaration, ClassDeclaration, VariableDeclaration, TSEnumDeclaration)',
          message: 'A port holds no runtime code: types and interfaces only.',
        },
        {
          selector: 'ExportNamedDeclaration[exportKind="value"][source]',
          message: 'A port re-exports types only (export type).',
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': walls(
        wall(['adapters', 'ui', 'apps', 'ports'], 'Charts are drawn from the core’s figures only.'),
        coreFace,
      ),
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': walls(
        wall(['ui', 'apps'], 'An adapter implements a port (src/ports); it never reaches up into the interface.'),
        coreFace,
      ),
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': walls(
        wall(['adapters', 'apps'], 'The interface gets its capabilities through the ports (src/ports), as props.'),
        coreFace,
      ),
    },
  },
  {
    files: ['src/apps/**/*.ts', 'src/apps/**/*.tsx', 'bench/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'no-restricted-imports': walls(coreFace) },
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
      'src/charts/**',
      'src/apps/web/**',
      'src/apps/cli/**',
    ],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
);
