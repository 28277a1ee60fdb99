import { defineConfig } from 'vitest/config'

// Two cores on CI. Unit tests share workers (no per-file fork: start-up was most of their
// time); integration, scenario and e2e tests keep one fresh process per file because they
// start servers, change process state or spawn the CLI.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    allowOnly: false,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
          pool: 'forks',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/scenarios/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/security/**/*.test.ts',
          ],
          pool: 'forks',
        },
      },
    ],
  },
})
