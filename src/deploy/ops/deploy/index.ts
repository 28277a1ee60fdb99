import { defineOp } from '../../../op/define-op.ts'
import { lazyRun } from '../../../op/lazy-run.ts'
import { deployInputSchema } from './schema.ts'

/** `oda deploy <environment>`: deploy a ref with lock, Deployment, health checks and automatic rollback. */
export const deployOp = defineOp({
  action: 'deploy',
  name: 'deploy',
  summary: 'Deploy a ref to an environment: lock, GitHub Deployment, steps, health checks, automatic rollback',
  input: deployInputSchema,
  positional: ['environment', 'ref'],
  sideEffects: true,
  evidence: true,
  guard: {
    permission: 'write',
    timeoutS: 3600,
    environment: (i) => i.environment,
    scope: (i) => `deploy:${i.environment}`,
  },
  run: lazyRun(async () => (await import('./run.ts')).runDeploy),
})
