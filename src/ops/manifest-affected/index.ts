import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { manifestAffectedInputSchema } from './schema.ts'

/** `oda manifest affected --base <ref> [--head <ref>]`: what Odoo CI must test for a change. */
export const manifestAffectedOp = defineOp({
  name: 'manifest.affected',
  summary: 'Addons changed between two git refs plus their transitive dependents, dependencies first',
  input: manifestAffectedInputSchema,
  positional: ['dir'],
  guard: { permission: 'read', timeoutS: 120 },
  formats: {
    // The ordered list itself, for scripts; `list` is one addon per line (for `odoo -u`, join with commas).
    json: (report) => JSON.stringify(report.data ?? [], null, 2),
    list: (report) =>
      Array.isArray(report.data) ? report.data.map((a: { addon?: unknown }) => String(a.addon)).join('\n') : '',
  },
  run: lazyRun(async () => (await import('./run.ts')).runManifestAffected),
})
