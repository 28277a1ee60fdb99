import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { specKitReportInputSchema } from './schema.ts'

/** `oda spec-kit report [dir]`: the recomputed status table of every kit's tasks file. */
export const specKitReportOp = defineOp({
  action: 'spec-kit-report',
  name: 'spec-kit.report',
  summary: 'Recomputed task status per phase (done / in progress / todo / blocked, % complete) of each spec kit',
  input: specKitReportInputSchema,
  positional: ['dir'],
  guard: { permission: 'read', timeoutS: 120 },
  run: lazyRun(async () => (await import('./run.ts')).runSpecKitReport),
})
