import { defineOp } from '../../op/define-op.ts'
import { isOdooCiData } from '../../odoo/ci/odoo-ci-data.ts'
import { renderJunit } from '../../odoo/ci/render-junit.ts'
import { parseLogInputSchema } from './schema.ts'
import { runParseLog } from './run.ts'

/** `oda odoo parse-log <file>`: turn any saved Odoo test log into tests, findings and JUnit. */
export const odooParseLogOp = defineOp({
  name: 'odoo.parse-log',
  summary: 'Parse a saved Odoo test log into per-test results, fatal causes, annotations and JUnit',
  input: parseLogInputSchema,
  positional: ['file'],
  formats: {
    junit: (report) =>
      isOdooCiData(report.data)
        ? renderJunit(report.data)
        : '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="odoo" tests="0" failures="0" errors="0" skipped="0" time="0.000">\n</testsuites>\n',
  },
  run: runParseLog,
})
