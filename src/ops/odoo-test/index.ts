import { defineOp } from '../../op/define-op.ts'
import { lazyRun } from '../../op/lazy-run.ts'
import { junitOutput } from '../../odoo/ci/junit-output.ts'
import { odooTestInputSchema } from './schema.ts'

/** `oda odoo test`: run Odoo's tests on the affected addons; the `oda / odoo-ci` check. */
export const odooTestOp = defineOp({
  action: 'odoo-ci',
  name: 'odoo.test',
  summary: "Run Odoo's tests for the affected addons and report tests, annotations and JUnit",
  input: odooTestInputSchema,
  // The op enforces odoo-ci.timeout-minutes itself (and keeps the partial log); this is only a backstop.
  guard: { permission: 'write', timeoutS: 6 * 3600 },
  // The PR's changed files when the face has them, else its base for `git diff` (checkouts with history).
  check: {
    name: 'odoo-ci',
    runsRepositoryCode: true,
    input: ({ dir, changedFiles, base }) =>
      changedFiles?.length || !base ? { dir, changedFiles: [...(changedFiles ?? [])] } : { dir, base },
  },
  fileFormats: { junit: junitOutput },
  run: lazyRun(async () => (await import('./run.ts')).runOdooTest),
})
