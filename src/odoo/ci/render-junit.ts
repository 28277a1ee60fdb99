import type { OdooCiData, OdooCiTest } from './odoo-ci-data.ts'

/**
 * JUnit XML in the common Ant/Surefire shape (`testsuites > testsuite > testcase` with
 * `failure`/`error`/`skipped`), which dorny/test-reporter (java-junit) and
 * mikepenz/action-junit-report read; `file` and `line` on each testcase let the latter annotate.
 * One suite per module; a registry failure or a timeout becomes an erroring testcase so
 * a report never looks green when Odoo did not finish.
 */
export function renderJunit(data: OdooCiData): string {
  const suites: string[] = []
  const byModule = new Map<string, OdooCiTest[]>()
  for (const t of data.tests) byModule.set(t.module, [...(byModule.get(t.module) ?? []), t])
  let totals = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 }
  for (const [module, tests] of byModule) {
    const s = { tests: tests.length, failures: 0, errors: 0, skipped: 0, time: 0 }
    const cases = tests.map((t) => {
      s.time += (t.durationMs ?? 0) / 1000
      if (t.status === 'failed') s.failures++
      else if (t.status === 'error') s.errors++
      else if (t.status === 'skipped') s.skipped++
      return testcase(t)
    })
    suites.push(suite(`odoo.addons.${module}`, s, cases))
    totals = add(totals, s)
  }
  const synthetic = syntheticCases(data)
  if (synthetic.length) {
    const s = { tests: synthetic.length, failures: 0, errors: synthetic.length, skipped: 0, time: 0 }
    suites.push(suite('odoo', s, synthetic))
    totals = add(totals, s)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="odoo" ${counts(totals)}>\n${suites.join('\n')}\n</testsuites>\n`
}

type Counts = { tests: number; failures: number; errors: number; skipped: number; time: number }

function add(a: Counts, b: Counts): Counts {
  return {
    tests: a.tests + b.tests,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
    time: a.time + b.time,
  }
}

function counts(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="${c.time.toFixed(3)}"`
}

function suite(name: string, c: Counts, cases: string[]): string {
  return `  <testsuite name="${attr(name)}" ${counts(c)}>\n${cases.join('\n')}\n  </testsuite>`
}

function testcase(t: OdooCiTest): string {
  const classname = t.className ? `${t.pythonModule}.${t.className}` : t.pythonModule
  const at = `${t.path ? ` file="${attr(t.path)}"` : ''}${t.line ? ` line="${t.line}"` : ''}`
  const head = `    <testcase classname="${attr(classname)}" name="${attr(t.method)}"${at} time="${((t.durationMs ?? 0) / 1000).toFixed(3)}"`
  if (t.status === 'passed') return `${head}/>`
  if (t.status === 'skipped')
    return `${head}>\n      <skipped${t.message ? ` message="${attr(t.message)}"` : ''}/>\n    </testcase>`
  const tag = t.status === 'failed' ? 'failure' : 'error'
  const message = (t.message ?? '').split('\n')[0]!
  const type =
    /^([\w.]+(?:Error|Exception|Failure)?):/.exec(message)?.[1] ?? (tag === 'failure' ? 'AssertionError' : 'Error')
  const subtests = t.subtests?.length
    ? `Failing subtests: ${t.subtests.map((s) => `${s.params} ${s.message}`).join('; ')}\n\n`
    : ''
  return `${head}>\n      <${tag} message="${attr(message)}" type="${attr(type)}">${text(subtests + (t.traceback ?? ''))}</${tag}>\n    </testcase>`
}

function syntheticCases(data: OdooCiData): string[] {
  const cases = data.fatal.map((f) => {
    const at = `${f.path ? ` file="${attr(f.path)}"` : ''}${f.line ? ` line="${f.line}"` : ''}`
    return `    <testcase classname="odoo.registry" name="${attr(`load ${f.module ?? 'modules'}`)}"${at} time="0.000">\n      <error message="${attr(f.message)}" type="${attr(f.kind)}">${text(f.traceback ?? f.message)}</error>\n    </testcase>`
  })
  if (data.outcome === 'timed_out' || data.outcome === 'cancelled') {
    const why = data.outcome === 'timed_out' ? `killed after ${data.timeoutMinutes ?? '?'} minutes` : 'cancelled'
    cases.push(
      `    <testcase classname="odoo.run" name="complete run" time="0.000">\n      <error message="${attr(`Odoo did not finish: ${why}`)}" type="${data.outcome}"/>\n    </testcase>`,
    )
  } else if (data.outcome === 'not_started') {
    cases.push(
      `    <testcase classname="odoo.run" name="start" time="0.000">\n      <error message="${attr(`Odoo did not start: ${data.command ?? ''}`)}" type="not_started"/>\n    </testcase>`,
    )
  } else if (data.outcome === 'exit_code') {
    cases.push(
      `    <testcase classname="odoo.run" name="exit code" time="0.000">\n      <error message="${attr(`Odoo exited with code ${data.exitCode}`)}" type="exit_code"/>\n    </testcase>`,
    )
  }
  return cases
}

// XML 1.0 forbids most control characters even when escaped; logs can contain them.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function attr(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
}

function text(s: string): string {
  return s.replace(INVALID_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
