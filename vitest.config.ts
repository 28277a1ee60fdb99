import { defineConfig } from 'vitest/config'

// Two cores on CI. Unit tests share workers (no per-file fork: start-up was most of their
// time), and test/helpers/no-leaks.ts fails a file that leaves process state behind for the
// next one; integration, scenario and e2e tests keep one fresh process per file because they
// start servers, change process state or spawn the CLI.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    allowOnly: false,
    reporters: ['default'],
    coverage: {
      // `vitest run --coverage`: V8 coverage of src/ and app/, including the CLI and Action
      // runs of dist/cli.js in child processes, mapped back to the sources (see the provider).
      provider: 'custom',
      customProviderModule: './test/helpers/coverage-provider.ts',
      autoAttachSubprocess: true,
      include: ['bin/**/*.ts', 'src/**/*.ts', 'app/**/*.ts'],
      excludeAfterRemap: true,
      reporter: ['text-summary', 'json-summary', 'json', 'html'],
      reportOnFailure: true,
      // Floors a little under what the suite reaches (docs/testing.md lists the figures), so
      // a change that drops a tested path fails CI while ordinary refactoring does not.
      thresholds: {
        statements: 85,
        'src/ops/**': { statements: 80, lines: 80 },
        'src/cli/**': { statements: 84, lines: 85 },
        'src/action/**': { statements: 90, lines: 92 },
        'app/**': { statements: 65, lines: 65 },
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
          pool: 'forks',
          isolate: false,
          setupFiles: ['test/helpers/no-leaks.ts'],
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
