import type { FatalError, LoggedIssue, ModuleTotals, OdooTest, RunSummary } from '../log/odoo-log-types.ts'

/** How an Odoo test run ended, before policy turns it into a check conclusion. */
export type OdooOutcome =
  | 'passed'
  | 'failed'
  | 'fatal'
  | 'timed_out'
  | 'cancelled'
  | 'no_tests'
  | 'all_skipped'
  | 'http_unavailable'
  | 'nothing_selected'
  | 'exit_code'
  | 'not_started'

/** A test with its file mapped into the repository. */
export type OdooCiTest = OdooTest & { path?: string }

/** A fatal error with its file mapped into the repository. */
export type OdooCiFatal = FatalError & { path?: string }

/** One reason tests were skipped for, with how many and which (the first few). */
export interface SkipReason {
  reason: string
  count: number
  modules: string[]
  /** `Class.method` of the first tests skipped for it. */
  examples: string[]
}

/** A selected module that was not tested because Odoo could not load it or something it needs. */
export interface BlockedModule {
  module: string
  /** The module whose load failure blocked it (itself, or a dependency). */
  cause: string
  /** Odoo could not load it, it needs a module Odoo could not load, or the run limit left it out. */
  why: 'failed_to_load' | 'needs_failed_module' | 'run_limit'
  reason: string
}

/** One Odoo invocation of a run that tested its selection in several groups. */
export interface OdooGroupRun {
  modules: string[]
  database: string
  exitCode?: number
  summary?: RunSummary
  /** Fatal causes this group hit (its modules were then retried without the culprits). */
  fatal: number
}

/**
 * The structured result of `odoo.test` and `odoo.parse-log` (Report.data). JSON only, and
 * bounded whatever the log size: totals, fatal causes, skip reasons and the notable tests
 * (failing, erroring, logging errors; capped) live here; every test is in the artifacts
 * (`odoo-tests.jsonl`, `odoo-junit.xml`).
 */
export interface OdooCiData {
  schemaVersion: 2
  outcome: OdooOutcome
  exitCode?: number
  database?: string
  odooVersion?: string
  selected: string[]
  installFirst: string[]
  selectionReason?: string
  /** Odoo's own summary line; with several groups, their sum (database and log line of the last). */
  summary?: RunSummary
  counted: { failures: number; errors: number; tests: number; skipped: number; passed: number }
  modules: ModuleTotals[]
  /** Failing and erroring tests, and passing tests that logged an ERROR, in log order (capped). */
  tests: OdooCiTest[]
  /** Failing and erroring tests left out of `tests` by the cap (they are in the artifacts). */
  testsOmitted: number
  skipReasons: SkipReason[]
  fatal: OdooCiFatal[]
  issues: LoggedIssue[]
  droppedIssues: number
  /** Odoo's HTTP server could not start (port taken): the message Python printed. */
  httpError?: string
  /** The HTTP port oda chose for the run, when it chose one. */
  httpPort?: number
  /** Modules left untested because of a load failure, when the rest was retried without them. */
  blocked: BlockedModule[]
  /** The groups, when the selection ran in more than one Odoo invocation. */
  groups?: OdooGroupRun[]
  /** Artifact name of the raw log, when one was kept. */
  logArtifact?: string
  /** Artifact names of every test (JSON lines) and of the JUnit report. */
  testsArtifact?: string
  junitArtifact?: string
  /** Last lines of output when Odoo exited without a record saying why. */
  logTail?: string[]
  /** The command that could not be started, for `not_started`. */
  command?: string
  /** Minutes after which the run was killed, when it timed out. */
  timeoutMinutes?: number
}

/** True when `value` has the shape of OdooCiData (Report.data arrives as unknown). */
export function isOdooCiData(value: unknown): value is OdooCiData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'schemaVersion' in value &&
    value.schemaVersion === 2 &&
    'tests' in value &&
    Array.isArray(value.tests) &&
    'modules' in value &&
    Array.isArray(value.modules) &&
    'fatal' in value &&
    Array.isArray(value.fatal)
  )
}
