import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { manifestShowInputSchema } from './schema.ts'

/** `oda manifest show <addon-dir>... --format json`: parsed manifests as JSON. */
export const manifestShowOp = defineOp({
  name: 'manifest.show',
  summary: 'Print parsed __manifest__.py files as JSON ([{addon, path, manifest}]), without executing them',
  input: manifestShowInputSchema,
  positional: ['addons'],
  guard: { permission: 'read', timeoutS: 60 },
  // `--format json` prints the list itself, not the run record around it.
  formats: { json: (report) => JSON.stringify(report.data ?? [], null, 2) },
  run: lazyRun(async () => (await import('./run.ts')).runManifestShow),
})
