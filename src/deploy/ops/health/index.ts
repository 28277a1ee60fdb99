import { defineOp } from '../../../op/define-op.ts'
import { lazyRun } from '../../../op/lazy-run.ts'
import { healthInputSchema } from './schema.ts'

/** `oda health <environment>`: every check with status and latency, plus probes, as one parseable report. */
export const healthOp = defineOp({
  action: 'health',
  name: 'health',
  summary: "Run an environment's health checks and probes; JSON report with status and latency per check",
  input: healthInputSchema,
  positional: ['environment'],
  guard: { permission: 'read', timeoutS: 600, environment: (i) => i.environment },
  run: lazyRun(async () => (await import('./run.ts')).runHealth),
})
