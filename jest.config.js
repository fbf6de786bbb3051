// Three projects: pure and adapter tests in Node, task pane components in
// jsdom, and end-to-end runs (CLI, LibreOffice, headless Chromium), which
// are slower and get longer time-outs.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      setupFiles: ['<rootDir>/test/setup/jsdomGlobals.ts'],
      testMatch: ['<rootDir>/src/**/*.test.tsx'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      slowTestThreshold: 60,
    },
  ],
};
