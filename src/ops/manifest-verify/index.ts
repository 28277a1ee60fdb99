import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { manifestVerifyInputSchema } from './schema.ts'

/** `oda manifest verify [dir]`: the `oda / manifest` PR check. */
export const manifestVerifyOp = defineOp({
  action: 'manifest',
  name: 'manifest.verify',
  summary:
    'Verify OCA/ipai addons: catalog and mounts, repo layout, __manifest__.py content, licenses, dependencies and cycles',
  input: manifestVerifyInputSchema,
  positional: ['dir'],
  guard: { permission: 'read', timeoutS: 120 },
  check: { name: 'manifest', input: ({ dir }) => ({ dir }) },
  run: lazyRun(async () => (await import('./run.ts')).runManifestVerify),
})
