import { defineOp } from '../../op/define-op.ts'
import { isOdooCiData } from '../../odoo/ci/odoo-ci-data.ts'
import { renderJunit } from '../../odoo/ci/render-junit.ts'
import { odooTestInputSchema } from './schema.ts'
import { runOdooTest } from './run.ts'

/** `oda odoo test`: run Odoo's tests on the affected addons; the `oda / odoo-ci` check. */
export const odooTestOp = defineOp({
  action: 'odoo-ci',
  name: 'odoo.test',
  summary: "Run Odoo's tests for the affected addons and report tests, annotations and JUnit",
  input: odooTestInputSchema,
  // The op enforces odoo-ci.timeout-minutes itself (and keeps the partial log); this is only a backstop.
  guard: { permission: 'write', timeoutS: 6 * 3600 },
  check: { name: 'odoo-ci', input: ({ dir, changedFiles }) => ({ dir, changedFiles: [...(changedFiles ?? [])] }) },
  formats: { junit: (report) => (isOdooCiData(report.data) ? renderJunit(report.data) : emptyJunit()) },
  run: runOdooTest,
})

function emptyJunit(): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="odoo" tests="0" failures="0" errors="0" skipped="0" time="0.000">\n</testsuites>\n'
}
