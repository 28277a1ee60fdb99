import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { specKitValidateInputSchema } from './schema.ts'
import { specKitRules } from '../../speckit/spec-kit-rules.ts'

/** `oda spec-kit validate [dir]`: the `oda / spec-kit` PR check. */
export const specKitValidateOp = defineOp({
  action: 'spec-kit',
  name: 'spec-kit.validate',
  summary:
    'Validate spec kits (four-file spec/<name>/ or GitHub Spec Kit specs/): structure, placeholders, tasks, stated totals',
  input: specKitValidateInputSchema,
  positional: ['dir'],
  guard: { permission: 'read', timeoutS: 120 },
  check: { name: 'spec-kit', input: ({ dir }) => ({ dir }) },
  rules: specKitRules,
  run: lazyRun(async () => (await import('./run.ts')).runSpecKitValidate),
})
