import { defineOp } from '../../../op/define-op.ts'
import { lazyRun } from '../../../op/lazy-run.ts'
import { restoreInputSchema } from './schema.ts'

/** `oda restore <environment>`: restore a checksummed backup into a named (never production) database, or test one with --verify. */
export const restoreOp = defineOp({
  action: 'restore',
  name: 'restore',
  summary: 'Restore a backup into a named database (neutralized), or test the newest one with --verify',
  input: restoreInputSchema,
  positional: ['environment'],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: 'admin',
    timeoutS: 4 * 3600,
    environment: (i) => i.environment,
    scope: (i) => `restore:${i.environment}`,
  },
  run: lazyRun(async () => (await import('./run.ts')).runRestore),
})
