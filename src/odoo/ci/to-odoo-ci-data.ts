import type { ParsedOdooLog } from '../log/odoo-log-types.ts'
import type { PathMapping } from './map-container-path.ts'
import type { OdooCiData, OdooOutcome } from './odoo-ci-data.ts'
import { mapContainerPath } from './map-container-path.ts'
import { testFileOf } from './test-file-of.ts'

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
}

/** Joins the parsed log and the facts of the run into the op's result, with repository paths. */
export function toOdooCiData(log: ParsedOdooLog, facts: RunFacts, mapping: PathMapping): OdooCiData {
  const mapped = log.tests.map((t) => (t.file ? mapContainerPath(t.file, mapping) : undefined))
  // A failing frame tells where its addon lives in the repo; passing tests of that addon follow it.
  const learnt = new Map(mapping.addonDirs)
  log.tests.forEach((t, i) => {
    const at = mapped[i]?.lastIndexOf(`${t.module}/`) ?? -1
    if (at >= 0 && !learnt.has(t.module)) learnt.set(t.module, mapped[i]!.slice(0, at + t.module.length))
  })
  const tests = log.tests.map((t, i) => ({ ...t, path: mapped[i] ?? testFileOf(t.pythonModule, learnt) }))
  const fatal = log.fatal.map((f) => ({ ...f, path: f.file ? mapContainerPath(f.file, mapping) : undefined }))
  return {
    schemaVersion: 1,
    outcome: outcomeOf(log, facts),
    exitCode: facts.exitCode,
    database: facts.database ?? log.database,
    odooVersion: log.odooVersion,
    selected: [...facts.selected],
    installFirst: [...facts.installFirst],
    selectionReason: facts.selectionReason,
    summary: log.summary,
    counted: log.counted,
    modules: log.modules,
    tests,
    fatal,
    issues: log.issues,
    droppedIssues: log.droppedIssues,
    logArtifact: facts.logArtifact,
    logTail: needsTail(log, facts) ? [...(facts.logTail ?? [])] : undefined,
    timeoutMinutes: facts.timedOut ? facts.timeoutMinutes : undefined,
    command: facts.notStarted,
  }
}

/** Only an exit Odoo did not explain (no failing test, no registry error) needs the raw tail. */
function needsTail(log: ParsedOdooLog, facts: RunFacts): boolean {
  const o = outcomeOf(log, facts)
  return o === 'exit_code' || o === 'not_started' || (o === 'fatal' && log.fatal.length === 0)
}

function outcomeOf(log: ParsedOdooLog, facts: RunFacts): OdooOutcome {
  if (facts.timedOut) return 'timed_out'
  if (facts.cancelled) return 'cancelled'
  if (facts.notStarted !== undefined) return 'not_started'
  if (log.fatal.length > 0 || facts.exitCode === 255) return 'fatal'
  const failed = log.summary ? log.summary.failed + log.summary.errors : log.counted.failures + log.counted.errors
  if (failed > 0) return 'failed'
  if (facts.exitCode !== undefined && facts.exitCode !== 0) return 'exit_code'
  if ((log.summary?.tests ?? log.counted.tests) === 0) return 'no_tests'
  return 'passed'
}
