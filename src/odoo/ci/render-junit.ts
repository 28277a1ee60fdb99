import type { OdooCiData, OdooCiTest } from './odoo-ci-data.ts'
import type { SyntheticCase } from './junit-writer.ts'

// JUnit XML in the common Ant/Surefire shape (`testsuites > testsuite > testcase` with
// `failure`/`error`/`skipped`), which dorny/test-reporter (java-junit) and
// mikepenz/action-junit-report read; `file` and `line` on each testcase let the latter annotate.
// These are the pieces; JunitWriter streams them into a file.

/** The XML declaration and the root element's opening tag. */
export function junitOpen(totals: JunitCounts): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="odoo" ${counts(totals)}>\n`
}

/** The root element's closing tag. */
export const JUNIT_CLOSE = '</testsuites>\n'

/** A document with no test at all. */
export function emptyJunit(): string {
  return junitOpen(zeroCounts()) + JUNIT_CLOSE
}

/** Opening tag of one suite (one per module, `odoo` for the run itself). */
export function junitSuiteOpen(name: string, c: JunitCounts): string {
  return `  <testsuite name="${attr(name)}" ${counts(c)}>\n`
}

export const JUNIT_SUITE_CLOSE = '  </testsuite>\n'

/** Totals of a suite or of the document. */
export type JunitCounts = { tests: number; failures: number; errors: number; skipped: number; time: number }

export function zeroCounts(): JunitCounts {
  return { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 }
}

/** Adds one testcase's outcome to `c` in place. */
export function countCase(c: JunitCounts, status: OdooCiTest['status'], durationMs = 0): void {
  c.tests++
  c.time += durationMs / 1000
  if (status === 'failed') c.failures++
  else if (status === 'error') c.errors++
  else if (status === 'skipped') c.skipped++
}

export function addCounts(a: JunitCounts, b: JunitCounts): JunitCounts {
  return {
    tests: a.tests + b.tests,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
    time: a.time + b.time,
  }
}

function counts(c: JunitCounts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="${c.time.toFixed(3)}"`
}

/** One `<testcase>` element, ending with a newline. */
export function junitTestcase(t: OdooCiTest): string {
  const classname = t.className ? `${t.pythonModule}.${t.className}` : t.pythonModule
  const at = `${t.path ? ` file="${attr(t.path)}"` : ''}${t.line ? ` line="${t.line}"` : ''}`
  const head = `    <testcase classname="${attr(classname)}" name="${attr(t.method)}"${at} time="${((t.durationMs ?? 0) / 1000).toFixed(3)}"`
  if (t.status === 'passed') return `${head}/>\n`
  if (t.status === 'skipped')
    return `${head}>\n      <skipped${t.message ? ` message="${attr(t.message)}"` : ''}/>\n    </testcase>\n`
  const tag = t.status === 'failed' ? 'failure' : 'error'
  const message = (t.message ?? '').split('\n')[0]!
  const type =
    /^([\w.]+(?:Error|Exception|Failure)?):/.exec(message)?.[1] ?? (tag === 'failure' ? 'AssertionError' : 'Error')
  const subtests = t.subtests?.length
    ? `Failing subtests: ${t.subtests.map((s) => `${s.params} ${s.message}`).join('; ')}\n\n`
    : ''
  return `${head}>\n      <${tag} message="${attr(message)}" type="${attr(type)}">${text(subtests + (t.traceback ?? ''))}</${tag}>\n    </testcase>\n`
}

/**
 * Testcases for what is not a test but must not look green: a registry failure, a module left
 * untested, a timeout, a cancellation, a start failure, an exit code Odoo did not explain.
 */
export function junitSyntheticCases(data: OdooCiData): SyntheticCase[] {
  const cases: SyntheticCase[] = data.fatal.map((f) => {
    const at = `${f.path ? ` file="${attr(f.path)}"` : ''}${f.line ? ` line="${f.line}"` : ''}`
    const xml = `    <testcase classname="odoo.registry" name="${attr(`load ${f.module ?? 'modules'}`)}"${at} time="0.000">\n      <error message="${attr(f.message)}" type="${attr(f.kind)}">${text(f.traceback ?? f.message)}</error>\n    </testcase>\n`
    return { xml, status: 'error' as const }
  })
  for (const b of data.blocked)
    if (!data.fatal.some((f) => f.module === b.module))
      cases.push({
        xml: `    <testcase classname="odoo.registry" name="${attr(`load ${b.module}`)}" time="0.000">\n      <skipped message="${attr(`not tested: ${b.reason}`)}"/>\n    </testcase>\n`,
        status: 'skipped',
      })
  const run = runError(data)
  if (run)
    cases.push({
      xml: `    <testcase classname="odoo.run" name="${run.name}" time="0.000">\n      <error message="${attr(run.message)}" type="${data.outcome}"/>\n    </testcase>\n`,
      status: 'error',
    })
  return cases
}

function runError(data: OdooCiData): { name: string; message: string } | undefined {
  switch (data.outcome) {
    case 'timed_out':
      return {
        name: 'complete run',
        message: `Odoo did not finish: killed after ${data.timeoutMinutes ?? '?'} minutes`,
      }
    case 'cancelled':
      return { name: 'complete run', message: 'Odoo did not finish: cancelled' }
    case 'not_started':
      return { name: 'start', message: `Odoo did not start: ${data.command ?? ''}` }
    case 'exit_code':
      return { name: 'exit code', message: `Odoo exited with code ${data.exitCode}` }
    case 'http_unavailable':
      return { name: 'http server', message: `Odoo could not serve HTTP: ${data.httpError ?? ''}` }
    default:
      return undefined
  }
}

// XML 1.0 forbids most control characters even when escaped; logs can contain them.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

// Characters that need escaping in an attribute or text, or removing (XML-invalid): most names have none.
// eslint-disable-next-line no-control-regex -- control characters are part of what needs handling
const NEEDS_ATTR = /[&<>"\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
// eslint-disable-next-line no-control-regex -- control characters are part of what needs handling
const NEEDS_TEXT = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;' }

function attr(s: string): string {
  if (!NEEDS_ATTR.test(s)) return s
  return s.replace(INVALID_XML, '').replace(/[&<>"\n]/g, (c) => ESCAPES[c]!)
}

function text(s: string): string {
  if (!NEEDS_TEXT.test(s)) return s
  return s.replace(INVALID_XML, '').replace(/[&<>]/g, (c) => ESCAPES[c]!)
}
