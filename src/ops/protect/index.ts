import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { protectInputSchema } from './schema.ts'

/** `oda protect`: the default branch requires the enabled oda checks, through a repository ruleset. */
export const protectOp = defineOp({
  name: 'protect',
  summary: 'Make the default branch require the enabled oda checks (repository ruleset), keeping every other rule',
  input: protectInputSchema,
  sideEffects: true,
  guard: { permission: 'admin', timeoutS: 120 },
  run: lazyRun(async () => (await import('./run.ts')).runProtect),
})
