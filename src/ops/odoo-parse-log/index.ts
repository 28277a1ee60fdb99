import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { junitOutput } from '../../odoo/ci/junit-output.ts'
import { parseLogInputSchema } from './schema.ts'

/** `oda odoo parse-log <file>`: turn any saved Odoo test log into tests, findings and JUnit. */
export const odooParseLogOp = defineOp({
  name: 'odoo.parse-log',
  summary: 'Parse a saved Odoo test log into per-test results, fatal causes, annotations and JUnit',
  input: parseLogInputSchema,
  positional: ['file'],
  fileFormats: { junit: junitOutput },
  run: lazyRun(async () => (await import('./run.ts')).runParseLog),
})
