import type { Finding } from '../../op/report.ts'
import type { OdooCiConfig } from '../../config/sections/odoo-ci.ts'
import type { OdooCiData, OdooCiFatal, OdooCiTest } from './odoo-ci-data.ts'
import type { LoggedIssue } from '../log/odoo-log-types.ts'
import { countNoun } from './count-noun.ts'

type Policy = OdooCiConfig['policy']

/** Where findings without a file of their own point: the module's manifest, else the kept log. */
export interface FindingAnchors {
  /** Addon name -> repository folder. */
  addonDirs: ReadonlyMap<string, string>
  /** Line of a text in an addon's manifest (e.g. the missing dependency), when known. */
  manifestLine?: (addon: string, needle: string) => number | undefined
}

const TRACE_LINES = 12
const MAX_FINDINGS = 300

/**
 * Findings of a run: each failing test on its failing frame, each fatal cause on its file,
 * modules that ran no test, and records logged outside tests as the policy says.
 */
export function odooFindings(data: OdooCiData, policy: Policy, anchors: FindingAnchors): Finding[] {
  const findings: Finding[] = []
  for (const t of data.tests) if (t.status === 'failed' || t.status === 'error') findings.push(testFinding(t, anchors))
  for (const f of data.fatal) findings.push(fatalFinding(f, data, anchors))
  for (const b of data.blocked) {
    if (data.fatal.some((f) => f.module === b.module)) continue
    // A module Odoo stopped on without a cause in the log fails the check; one only left out does not.
    findings.push({
      path: manifestOf(b.module, anchors) ?? logPath(data),
      line: 1,
      level: b.why === 'failed_to_load' ? 'failure' : 'warning',
      ruleId: 'odoo-ci/not-tested',
      title: `${b.module} was not tested`,
      message: `module ${b.module} was not tested: ${b.reason}`,
    })
  }
  if (data.httpError)
    findings.push({
      path: logPath(data),
      line: 1,
      level: 'failure',
      ruleId: 'odoo-ci/http-unavailable',
      title: 'Odoo could not listen for HTTP',
      message: `Odoo's HTTP server did not start${data.httpPort ? ` on port ${data.httpPort}` : ''}: ${data.httpError}. HTTP and browser tests (HttpCase, tours) cannot pass; give the run a free port (odoo-ci.httpPort: auto) or stop what holds it.`,
    })
  if (data.fatal.length === 0 && data.outcome !== 'timed_out' && data.outcome !== 'cancelled') {
    for (const module of data.selected) {
      if (data.blocked.some((b) => b.module === module)) continue
      const ran = data.modules.find((m) => m.module === module)
      if (!ran || ran.tests + ran.errors === 0) {
        findings.push({
          path: manifestOf(module, anchors) ?? logPath(data),
          line: 1,
          level: 'warning',
          ruleId: 'odoo-ci/no-tests-ran',
          title: 'No test ran',
          message: `module ${module} was selected but no test of it ran`,
        })
      } else if (ran.skipped === ran.tests && ran.failures + ran.errors === 0) {
        const reasons = data.skipReasons.filter((r) => r.modules.includes(module)).map((r) => r.reason)
        findings.push({
          path: manifestOf(module, anchors) ?? logPath(data),
          line: 1,
          level: 'warning',
          ruleId: 'odoo-ci/all-tests-skipped',
          title: 'Every test was skipped',
          message: `module ${module}: ${ran.tests === 1 ? 'its only test was' : `all ${ran.tests} tests were`} skipped${reasons.length ? ` (${reasons.join('; ')})` : ''}`,
        })
      }
    }
  }
  const ignore = policy.ignore.map((r) => new RegExp(r))
  for (const issue of data.issues) {
    const action = issue.level === 'WARNING' ? policy.loggedWarnings : policy.loggedErrors
    if (action === 'ignore' || ignore.some((r) => r.test(`${issue.logger}: ${issue.message}`))) continue
    if (restatesFatal(issue, data.fatal)) continue
    const xmlPath = issue.xml?.path
    if (issue.xml && xmlPath) {
      // A data file of the repository Odoo could not load (demo data it then skipped): the same
      // defect as an XML error that stops the install, on the same line, whatever the record's level.
      findings.push({
        path: xmlPath,
        line: issue.xml.line,
        level: 'failure',
        ruleId: 'odoo-ci/xml-parse-error',
        title: `Odoo could not load ${issue.module ?? 'a data file'}'s data`,
        message: `${issue.message.split('\n')[0]}: ${issue.xml.message}`,
        properties: { logLine: issue.logLine, containerFile: issue.xml.file },
      })
      continue
    }
    const manifest = issue.module ? manifestOf(issue.module, anchors) : undefined
    // Logged while Odoo loaded a module this repository does not hold (Odoo 18 warns about the
    // RST of base's and web's descriptions on every run): worth knowing, nothing the change did.
    const elsewhere = issue.module !== undefined && manifest === undefined
    findings.push({
      path: manifest ?? logPath(data),
      line: 1,
      level: action === 'fail' ? 'failure' : elsewhere ? 'notice' : 'warning',
      ruleId: issue.level === 'WARNING' ? 'odoo-ci/logged-warning' : 'odoo-ci/logged-error',
      title: `${issue.level} logged outside tests${elsewhere ? ` while Odoo loaded ${issue.module}` : ''}`,
      message: `${issue.logger}${elsewhere ? ` (loading ${issue.module}, not in this repository)` : ''}: ${firstLines(issue.message, 6)}`,
      properties: { logLine: issue.logLine, ...(issue.module ? { module: issue.module } : {}) },
    })
  }
  for (const t of data.tests) {
    for (const issue of t.logged ?? []) {
      if (
        issue.level === 'WARNING' ||
        policy.loggedErrors === 'ignore' ||
        ignore.some((r) => r.test(`${issue.logger}: ${issue.message}`))
      )
        continue
      findings.push({
        path: t.path ?? logPath(data),
        line: 1,
        level: 'warning',
        ruleId: 'odoo-ci/error-logged-in-test',
        title: `${issue.level} logged in ${t.className}.${t.method}`,
        message: `${issue.logger}: ${firstLines(issue.message, 6)}`,
        properties: { logLine: issue.logLine },
      })
    }
  }
  return capFindings(findings)
}

/**
 * At most MAX_FINDINGS findings, failures first, then one notice saying how many were left out:
 * a run that logs thousands of warnings must not turn into thousands of annotations.
 */
function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings
  const ordered = [...findings.filter((f) => f.level === 'failure'), ...findings.filter((f) => f.level !== 'failure')]
  const kept = ordered.slice(0, MAX_FINDINGS - 1)
  const left = findings.length - kept.length
  kept.push({
    path: kept[0]!.path,
    line: 1,
    level: 'notice',
    ruleId: 'odoo-ci/findings-capped',
    title: 'More findings left out',
    message: `${countNoun(left, 'further finding was', 'further findings were')} left out; the summary, the JUnit report and the raw log have everything`,
  })
  return kept
}

/**
 * A fatal cause on the line that explains it: the failing import, the XML element, or the
 * manifest line naming the missing dependency or library; the log only when nothing better is known.
 */
function fatalFinding(f: OdooCiFatal, data: OdooCiData, anchors: FindingAnchors): Finding {
  const manifest = f.module ? manifestOf(f.module, anchors) : undefined
  const needle =
    f.kind === 'missing_dependency' || f.kind === 'missing_python_dependency' || f.kind === 'missing_program'
      ? f.dependency
      : f.kind === 'invalid_manifest'
        ? 'version'
        : undefined
  const external = f.kind === 'missing_python_dependency' || f.kind === 'missing_program'
  const manifestAt =
    manifest && f.module
      ? ((needle ? anchors.manifestLine?.(f.module, needle) : undefined) ??
        (external ? anchors.manifestLine?.(f.module, 'external_dependencies') : undefined))
      : undefined
  return {
    path: f.path ?? manifest ?? logPath(data),
    line: f.path ? (f.line ?? 1) : (manifestAt ?? 1),
    level: 'failure',
    ruleId: `odoo-ci/${f.kind.replaceAll('_', '-')}`,
    title: `Odoo could not load${f.module ? ` ${f.module}` : ''}`,
    message: f.message,
    properties: {
      logLine: f.logLine,
      ...(f.file ? { containerFile: f.file } : {}),
      ...(f.dependency ? { dependency: f.dependency } : {}),
    },
  }
}

function testFinding(t: OdooCiTest, anchors: FindingAnchors): Finding {
  const name = t.className ? `${t.className}.${t.method}` : t.method
  const flavour = t.status === 'failed' ? 'FAIL' : 'ERROR'
  const subtests = t.subtests?.length ? `\nFailing subtests: ${t.subtests.map((s) => s.params).join(', ')}` : ''
  return {
    path: t.path ?? manifestOf(t.module, anchors) ?? t.module,
    line: t.line ?? 1,
    level: 'failure',
    ruleId: t.status === 'failed' ? 'odoo-ci/test-failed' : 'odoo-ci/test-error',
    title: `${flavour}: ${name}${t.fixture ? ' (class setup)' : ''}`,
    message: `${t.message ?? 'test failed'}${subtests}\n\n${firstLines(t.traceback ?? '', TRACE_LINES)}`.trimEnd(),
    properties: { module: t.module, phase: t.phase, logLine: t.logLine },
  }
}

/**
 * Odoo warns `DistributionNotFound: The 'x' distribution was not found` before it refuses the
 * module needing `x`: that record is the fatal cause itself, already reported on its manifest
 * line, not a second problem to annotate on the log.
 */
function restatesFatal(issue: LoggedIssue, fatal: readonly OdooCiFatal[]): boolean {
  return fatal.some(
    (f) =>
      (f.kind === 'missing_python_dependency' || f.kind === 'missing_program') &&
      f.dependency !== undefined &&
      issue.message.includes(`'${f.dependency}'`),
  )
}

function manifestOf(module: string, anchors: FindingAnchors): string | undefined {
  const dir = anchors.addonDirs.get(module)
  return dir ? `${dir}/__manifest__.py` : undefined
}

function logPath(data: OdooCiData): string {
  return data.logArtifact ?? 'odoo.log'
}

/** The first `n` lines of a text. */
export function firstLines(text: string, n: number): string {
  const lines = text.split('\n')
  return lines.length > n ? `${lines.slice(0, n).join('\n')}\n…` : text
}
