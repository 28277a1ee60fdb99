import type { Conclusion, Finding } from '../../op/report.ts'
import type { OdooCiConfig } from '../../config/sections/odoo-ci.ts'
import type { OdooCiData } from './odoo-ci-data.ts'

/** The check conclusion and title for a run, after policy. */
export function concludeOdooRun(
  data: OdooCiData,
  findings: readonly Finding[],
  policy: OdooCiConfig['policy'],
): { conclusion: Conclusion; title: string } {
  const total = data.summary?.tests ?? data.counted.tests
  const failed = data.summary?.failed ?? data.counted.failures
  const errors = data.summary?.errors ?? data.counted.errors
  const ran = `${total} test${total === 1 ? '' : 's'} ran`
  switch (data.outcome) {
    case 'timed_out':
      return {
        conclusion: 'timed_out',
        title: `Odoo tests timed out after ${data.timeoutMinutes ?? '?'} min (${ran}${failed + errors ? `, ${failed} failed, ${errors} errors` : ''})`,
      }
    case 'cancelled':
      return { conclusion: 'cancelled', title: `Odoo tests cancelled (${ran})` }
    case 'fatal': {
      const f = data.fatal[0]
      return {
        conclusion: 'failure',
        title: f
          ? `Odoo could not load the modules: ${fatalTitle(f.kind)}${f.module ? ` in ${f.module}` : ''}`
          : `Odoo could not load the modules (exit code ${data.exitCode})`,
      }
    }
    case 'failed':
      return {
        conclusion: 'failure',
        title: `${failed} failed, ${errors} error${errors === 1 ? '' : 's'} of ${total} tests`,
      }
    case 'not_started':
      return {
        conclusion: 'failure',
        title: `Odoo did not start: ${data.command ?? 'the command'} could not be run (is it installed, on PATH, executable?)`,
      }
    case 'exit_code':
      return { conclusion: 'failure', title: `Odoo exited with code ${data.exitCode} (${ran}, none failed)` }
    case 'nothing_selected':
      return { conclusion: 'neutral', title: 'No module to test' }
    case 'no_tests':
      return { conclusion: policy.zeroTests, title: 'No test ran (0 tests)' }
    case 'passed': {
      const logged = findings.filter((f) => f.level === 'failure').length
      const skipped = data.counted.skipped ? `, ${data.counted.skipped} skipped` : ''
      if (logged > 0)
        return {
          conclusion: 'failure',
          title: `${total} tests passed${skipped}, but ${logged} problem${logged === 1 ? ' was' : 's were'} logged outside tests`,
        }
      return { conclusion: 'success', title: `${total} tests passed${skipped}` }
    }
  }
}

function fatalTitle(kind: string): string {
  switch (kind) {
    case 'missing_dependency':
      return 'missing dependency'
    case 'import_error':
      return 'Python import error'
    case 'xml_parse_error':
      return 'XML data error'
    case 'invalid_manifest':
      return 'invalid manifest'
    default:
      return 'registry failure'
  }
}
