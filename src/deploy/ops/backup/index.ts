import { defineOp } from '../../../op/define-op.ts'
import { lazyRun } from '../../../op/lazy-run.ts'
import { backupInputSchema } from './schema.ts'

/** `oda backup <environment>`: pg_dump to a timestamped, checksummed file, then retention. */
export const backupOp = defineOp({
  action: 'backup',
  name: 'backup',
  summary: "Back up an environment's database with pg_dump (checksummed), then apply retention",
  input: backupInputSchema,
  positional: ['environment'],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: 'write',
    timeoutS: 4 * 3600,
    freezeExempt: true,
    environment: (i) => i.environment,
    scope: (i) => `backup:${i.environment}`,
  },
  run: lazyRun(async () => (await import('./run.ts')).runBackup),
})
