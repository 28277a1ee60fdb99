import type { ParsedOdooLog } from '../log/odoo-log-types.ts'
import type { PathMapping } from './map-container-path.ts'
import type { BlockedModule, OdooCiData, OdooGroupRun, OdooOutcome } from './odoo-ci-data.ts'
import type { CollectedTests } from './test-sink.ts'
import { mapContainerPath } from './map-container-path.ts'
import { JUNIT_ARTIFACT, TESTS_ARTIFACT } from './test-sink.ts'

export interface RunFacts {
  selected: readonly string[]
  installFirst: readonly string[]
  selectionReason?: string
  /** Exit code of Odoo; undefined when the log was parsed on its own. */
  exitCode?: number
  timedOut?: boolean
  cancelled?: boolean
  timeoutMinutes?: number
  database?: string
  logArtifact?: string
  /** Set when Odoo never started (program not found, not executable): the command shown. */
  notStarted?: string
  /** Last lines of output, shown when Odoo stopped without saying why in a record. */
  logTail?: readonly string[]
  /** The HTTP port the run was given. */
  httpPort?: number
  blocked?: readonly BlockedModule[]
  groups?: readonly OdooGroupRun[]
}

/** Joins the parsed log, the tests the sink kept and the facts of the run into the op's result. */
export function toOdooCiData(
  log: ParsedOdooLog,
  facts: RunFacts,
  collected: CollectedTests,
  mapping: PathMapping,
): OdooCiData {
  const fatal = log.fatal.map((f) => ({ ...f, path: f.file ? mapContainerPath(f.file, mapping) : undefined }))
  const passed = log.modules.reduce((n, m) => n + m.passed, 0)
  const outcome = outcomeOf(log, facts, passed)
  return {
    schemaVersion: 2,
    outcome,
    exitCode: facts.exitCode,
    database: facts.database ?? log.database,
    odooVersion: log.odooVersion,
    selected: [...facts.selected],
    installFirst: [...facts.installFirst],
    selectionReason: facts.selectionReason,
    summary: log.summary,
    counted: { ...log.counted, passed },
    modules: log.modules,
    tests: collected.tests,
    testsOmitted: collected.testsOmitted,
    skipReasons: collected.skipReasons,
    fatal,
    issues: log.issues.map((i) =>
      i.xml ? { ...i, xml: { ...i.xml, path: mapContainerPath(i.xml.file, mapping) } } : i,
    ),
    droppedIssues: log.droppedIssues,
    httpError: log.httpError?.message,
    httpPort: facts.httpPort,
    blocked: [...(facts.blocked ?? [])],
    groups: facts.groups && facts.groups.length > 1 ? [...facts.groups] : undefined,
    logArtifact: facts.logArtifact,
    testsArtifact: TESTS_ARTIFACT,
    junitArtifact: JUNIT_ARTIFACT,
    logTail: needsTail(outcome, log) ? [...(facts.logTail ?? [])] : undefined,
    timeoutMinutes: facts.timedOut ? facts.timeoutMinutes : undefined,
    command: facts.notStarted,
  }
}

/** Only an exit Odoo did not explain (no failing test, no registry error) needs the raw tail. */
function needsTail(outcome: OdooOutcome, log: ParsedOdooLog): boolean {
  return outcome === 'exit_code' || outcome === 'not_started' || (outcome === 'fatal' && log.fatal.length === 0)
}

function outcomeOf(log: ParsedOdooLog, facts: RunFacts, passed: number): OdooOutcome {
  if (facts.timedOut) return 'timed_out'
  if (facts.cancelled) return 'cancelled'
  if (facts.notStarted !== undefined) return 'not_started'
  if (log.fatal.length > 0 || facts.exitCode === 255) return 'fatal'
  const failed = log.summary ? log.summary.failed + log.summary.errors : log.counted.failures + log.counted.errors
  if (failed > 0) return 'failed'
  if (log.httpError) return 'http_unavailable'
  if (facts.exitCode !== undefined && facts.exitCode !== 0) return 'exit_code'
  const ran = log.summary?.tests ?? log.counted.tests
  if (ran === 0) return 'no_tests'
  if (passed === 0 && log.counted.skipped > 0) return 'all_skipped'
  return 'passed'
}
