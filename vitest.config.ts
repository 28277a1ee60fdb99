import { defineConfig } from 'vitest/config'

// Two cores on CI: keep workers low so PostgreSQL, sshd and the simulator are not starved.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    allowOnly: false,
    reporters: ['default'],
  },
})
