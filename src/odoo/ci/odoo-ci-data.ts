import type { FatalError, LoggedIssue, ModuleTotals, OdooTest, RunSummary } from '../log/odoo-log-types.ts'

/** How an Odoo test run ended, before policy turns it into a check conclusion. */
export type OdooOutcome =
  | 'passed'
  | 'failed'
  | 'fatal'
  | 'timed_out'
  | 'cancelled'
  | 'no_tests'
  | 'nothing_selected'
  | 'exit_code'
  | 'not_started'

/** A test with its file mapped into the repository. */
export type OdooCiTest = OdooTest & { path?: string }

/** A fatal error with its file mapped into the repository. */
export type OdooCiFatal = FatalError & { path?: string }

/**
 * The structured result of `odoo.test` and `odoo.parse-log` (Report.data). JSON only;
 * the JUnit format and the App render from it.
 */
export interface OdooCiData {
  schemaVersion: 1
  outcome: OdooOutcome
  exitCode?: number
  database?: string
  odooVersion?: string
  selected: string[]
  installFirst: string[]
  selectionReason?: string
  summary?: RunSummary
  counted: { failures: number; errors: number; tests: number; skipped: number }
  modules: ModuleTotals[]
  tests: OdooCiTest[]
  fatal: OdooCiFatal[]
  issues: LoggedIssue[]
  droppedIssues: number
  /** Artifact name of the raw log, when one was kept. */
  logArtifact?: string
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
    value.schemaVersion === 1 &&
    'tests' in value &&
    Array.isArray(value.tests) &&
    'modules' in value &&
    Array.isArray(value.modules) &&
    'fatal' in value &&
    Array.isArray(value.fatal)
  )
}
