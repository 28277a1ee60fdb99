import type { FatalError, ModuleTotals, ParsedOdooLog, RunSummary } from '../log/odoo-log-types.ts'

const MAX_ISSUES = 1000

/**
 * One view of several Odoo invocations of a run (the selection tested in groups): totals and
 * modules summed, fatal causes and issues joined. Odoo's summary lines are summed too; the
 * database and log line are the last one's.
 */
export function mergeParsedLogs(logs: readonly ParsedOdooLog[]): ParsedOdooLog {
  if (logs.length === 1) return logs[0]!
  const modules = new Map<string, ModuleTotals>()
  for (const log of logs) for (const m of log.modules) modules.set(m.module, addModule(modules.get(m.module), m))
  const summaries = logs.map((l) => l.summary).filter((s): s is RunSummary => s !== undefined)
  const fatal: FatalError[] = []
  for (const f of logs.flatMap((l) => l.fatal))
    if (!fatal.some((g) => g.kind === f.kind && g.message === f.message && g.file === f.file && g.line === f.line))
      fatal.push(f)
  const issues = logs.flatMap((l) => l.issues)
  const last = logs[logs.length - 1]!
  return {
    odooVersion: logs.find((l) => l.odooVersion)?.odooVersion,
    series: logs.find((l) => l.series)?.series,
    database: last.database,
    addonsPaths: logs.find((l) => l.addonsPaths.length)?.addonsPaths ?? [],
    tests: logs.flatMap((l) => l.tests),
    modules: [...modules.values()],
    summary: summaries.length
      ? {
          ...summaries[summaries.length - 1]!,
          failed: sum(summaries, (s) => s.failed),
          errors: sum(summaries, (s) => s.errors),
          tests: sum(summaries, (s) => s.tests),
        }
      : undefined,
    counted: {
      failures: sum(logs, (l) => l.counted.failures),
      errors: sum(logs, (l) => l.counted.errors),
      tests: sum(logs, (l) => l.counted.tests),
      skipped: sum(logs, (l) => l.counted.skipped),
    },
    fatal,
    issues: issues.slice(0, MAX_ISSUES),
    droppedIssues: sum(logs, (l) => l.droppedIssues) + Math.max(0, issues.length - MAX_ISSUES),
    loadedModules: [...new Set(logs.flatMap((l) => l.loadedModules))],
    lines: sum(logs, (l) => l.lines),
    httpError: logs.find((l) => l.httpError)?.httpError,
    incomplete: last.incomplete,
  }
}

function addModule(a: ModuleTotals | undefined, b: ModuleTotals): ModuleTotals {
  if (!a) return { ...b }
  return {
    module: a.module,
    tests: a.tests + b.tests,
    passed: a.passed + b.passed,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
    declared: b.declared ?? a.declared,
    testTimeS:
      a.testTimeS !== undefined || b.testTimeS !== undefined ? (a.testTimeS ?? 0) + (b.testTimeS ?? 0) : undefined,
    stats: b.stats ?? a.stats,
  }
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0
  for (const item of items) total += of(item)
  return total
}
