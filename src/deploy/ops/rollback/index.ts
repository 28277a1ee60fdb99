import { defineOp } from '../../../op/define-op.ts'
import { lazyRun } from '../../../op/lazy-run.ts'
import { rollbackInputSchema } from './schema.ts'

/** `oda rollback <environment> [sha]`: return to the last good deployment, through the full release pipeline. */
export const rollbackOp = defineOp({
  action: 'rollback',
  name: 'rollback',
  summary: 'Roll an environment back to its last good deployment (or a SHA deployed there before)',
  input: rollbackInputSchema,
  positional: ['environment', 'sha'],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: 'write',
    timeoutS: 3600,
    environment: (i) => i.environment,
    scope: (i) => `deploy:${i.environment}`,
  },
  run: lazyRun(async () => (await import('./run.ts')).runRollback),
})
