/** Unit, component and integration tests. Browser end-to-end tests run in test/e2e (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/ci/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // The web page's reading worker is built by webpack; under jest it reads in the page.
    '\\?worker-source$': '<rootDir>/test/helpers/emptyWorkerSource.ts',
  },
  testTimeout: 60000,
};
