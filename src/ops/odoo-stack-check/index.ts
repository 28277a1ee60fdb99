import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { stackCheckInputSchema } from './schema.ts'

/** `oda odoo stack-check`: bring a compose stack up, check health endpoints and smoke commands, tear it down. */
export const odooStackCheckOp = defineOp({
  action: 'odoo-stack-check',
  name: 'odoo.stack-check',
  summary: 'Bring the Odoo stack up, wait for its health endpoints, run smoke commands, always tear it down',
  input: stackCheckInputSchema,
  guard: { permission: 'write', timeoutS: 3600 },
  run: lazyRun(async () => (await import('./run.ts')).runStackCheck),
})
