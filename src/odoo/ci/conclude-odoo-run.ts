import type { Conclusion, Finding } from '../../op/report.ts'
import type { OdooCiConfig } from '../../config/sections/odoo-ci.ts'
import type { FatalKind } from '../log/odoo-log-types.ts'
import type { OdooCiData, OdooCiFatal } from './odoo-ci-data.ts'
import { countNoun } from './count-noun.ts'

/** The check conclusion and title for a run, after policy. */
export function concludeOdooRun(
  data: OdooCiData,
  findings: readonly Finding[],
  policy: OdooCiConfig['policy'],
): { conclusion: Conclusion; title: string } {
  const total = data.summary?.tests ?? data.counted.tests
  const failed = data.summary?.failed ?? data.counted.failures
  const errors = data.summary?.errors ?? data.counted.errors
  const ran = `${countNoun(total, 'test')} ran`
  switch (data.outcome) {
    case 'timed_out':
      return {
        conclusion: 'timed_out',
        title: `Odoo tests timed out after ${data.timeoutMinutes ?? '?'} min (${ran}${failed + errors ? `, ${failed} failed, ${countNoun(errors, 'error')}` : ''})`,
      }
    case 'cancelled':
      return { conclusion: 'cancelled', title: `Odoo tests cancelled (${ran})` }
    case 'fatal': {
      const f = data.fatal[0]
      const cause = f
        ? `Odoo could not load the modules: ${fatalTitle(f)}${f.module ? ` in ${f.module}` : ''}`
        : `Odoo could not load the modules (exit code ${data.exitCode})`
      // Modules retried without the culprit still ran their tests: say how they did.
      const others =
        total > 0
          ? `; the other modules: ${failed + errors ? `${failed} failed, ${countNoun(errors, 'error')} of ${countNoun(total, 'test')}` : passedPhrase(data)}`
          : ''
      return { conclusion: 'failure', title: cause + others }
    }
    case 'failed':
      return {
        conclusion: 'failure',
        title: `${failed} failed, ${countNoun(errors, 'error')} of ${countNoun(total, 'test')}`,
      }
    case 'http_unavailable':
      return {
        conclusion: 'failure',
        title: `Odoo could not listen for HTTP${data.httpPort ? ` on port ${data.httpPort}` : ''} (${httpReason(data.httpError)}), so HTTP and browser tests could not run; ${total === 0 ? 'no test ran' : passedPhrase(data)}`,
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
    case 'all_skipped': {
      const reasons = data.skipReasons
      const first = reasons[0]?.reason ?? 'no reason given'
      const more = reasons.length > 1 ? ` (and ${countNoun(reasons.length - 1, 'other reason')})` : ''
      const which =
        data.counted.skipped === 1 ? 'The only test was skipped' : `All ${data.counted.skipped} tests were skipped`
      return { conclusion: policy.allSkipped, title: `${which}: ${first}${more}` }
    }
    case 'passed': {
      const logged = findings.filter((f) => f.level === 'failure').length
      if (logged > 0)
        return {
          conclusion: 'failure',
          title: `${passedPhrase(data)}, but ${countNoun(logged, 'problem was', 'problems were')} logged outside tests`,
        }
      return { conclusion: 'success', title: passedPhrase(data) }
    }
  }
}

/** `12 tests passed, 2 skipped`. */
function passedPhrase(data: OdooCiData): string {
  const skipped = data.counted.skipped ? `, ${data.counted.skipped} skipped` : ''
  return `${countNoun(data.counted.passed, 'test')} passed${skipped}`
}

function httpReason(message: string | undefined): string {
  if (!message) return 'its HTTP server did not start'
  return /address already in use/i.test(message) ? 'address already in use' : message
}

function fatalTitle(f: OdooCiFatal): string {
  const titles: Record<FatalKind, string> = {
    missing_dependency: `missing dependency${f.dependency ? ` ${f.dependency}` : ''}`,
    missing_python_dependency: `missing Python library${f.dependency ? ` ${f.dependency}` : ''}`,
    missing_program: `missing program${f.dependency ? ` ${f.dependency}` : ''}`,
    import_error: 'Python import error',
    xml_parse_error: 'XML data error',
    invalid_manifest: 'invalid manifest',
    registry_failure: 'registry failure',
  }
  return titles[f.kind]
}
