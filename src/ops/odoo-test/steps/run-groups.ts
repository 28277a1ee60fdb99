import type { OpContext } from '../../../op/context.ts'
import type { Finding } from '../../../op/report.ts'
import type { RepoAddon } from '../../../odoo/ci/list-repo-addons.ts'
import type { BlockedModule, OdooGroupRun } from '../../../odoo/ci/odoo-ci-data.ts'
import { dependenciesOf } from '../../../odoo/ci/select-modules.ts'
import { mergeParsedLogs } from '../../../odoo/ci/merge-parsed-logs.ts'
import type { ParsedOdooLog } from '../../../odoo/log/odoo-log-types.ts'
import type { GroupContext, GroupResult } from './run-group.ts'
import { runGroup } from './run-group.ts'

/** What the groups of a run add up to. */
export interface GroupsOutcome {
  parsed: ParsedOdooLog
  /** The first non-zero exit code of a group, else 0 (undefined when Odoo never exited). */
  exitCode: number | undefined
  timedOut: boolean
  cancelled: boolean
  notStarted?: string
  groups: OdooGroupRun[]
  blocked: BlockedModule[]
  dropped: Finding[]
}

/** The selection and how far isolation may go. */
export interface GroupsPlan {
  selected: readonly string[]
  /** Extra modules installed first in every group (the `install-first` input). */
  installFirst: readonly string[]
  addons: ReadonlyMap<string, RepoAddon>
  database: string
  isolate: boolean
  maxRuns: number
}

// A retry needs at least this much of the budget left to be worth starting.
const MIN_RETRY_MS = 10_000

/**
 * Tests the selection in one Odoo run; when Odoo cannot load some modules (a missing Python
 * library, bad XML...), those modules and the selected ones depending on them are set aside and
 * the others are tested again in a fresh database, so one broken addon does not hide the
 * results of all the others. When the log names no culprit, the group is split in halves.
 * The tests of a run that is repeated are forgotten, so nothing is counted twice.
 */
export async function runGroups(ctx: OpContext, run: GroupContext, plan: GroupsPlan): Promise<GroupsOutcome> {
  const queue: string[][] = [[...plan.selected]]
  const parsed: ParsedOdooLog[] = []
  const groups: OdooGroupRun[] = []
  const blocked: BlockedModule[] = []
  const dropped: Finding[] = []
  let last: GroupResult | undefined
  let exitCode: number | undefined
  while (queue.length > 0) {
    const modules = queue.shift()!
    if (groups.length >= plan.maxRuns || (groups.length > 0 && run.deadline - Date.now() < MIN_RETRY_MS)) {
      const why =
        groups.length >= plan.maxRuns
          ? `odoo-ci.maxRuns (${plan.maxRuns}) Odoo runs were used up isolating modules Odoo could not load`
          : 'the time budget ran out while isolating modules Odoo could not load'
      for (const m of [modules, ...queue.splice(0)].flat())
        blocked.push({ module: m, cause: m, why: 'run_limit', reason: why })
      break
    }
    const database = groupDatabase(plan.database, groups.length)
    const installFirst = [...new Set([...dependenciesOf(modules, plan.addons), ...plan.installFirst])]
      .filter((m) => !modules.includes(m))
      .sort()
    const mark = run.sink.mark()
    last = await runGroup(ctx, run, { modules, installFirst, database })
    if (last.dropped) dropped.push(last.dropped)
    if (exitCode === undefined || exitCode === 0) exitCode = last.exitCode
    const fatal = last.parsed.fatal.length > 0 || last.exitCode === 255
    groups.push({
      modules,
      database,
      exitCode: last.exitCode,
      summary: last.parsed.summary,
      fatal: last.parsed.fatal.length,
    })
    if (!fatal || !plan.isolate || last.timedOut || last.cancelled || last.notStarted !== undefined) {
      parsed.push(last.parsed)
      if (last.timedOut || last.cancelled || last.notStarted !== undefined) break
      continue
    }
    const split = isolate(last.parsed, modules, plan.addons)
    blocked.push(...split.blocked)
    if (split.retry.length === 0) {
      parsed.push(last.parsed)
      continue
    }
    // The modules will run again: what this run said about their tests would count twice.
    run.sink.rollback(mark)
    parsed.push(fatalOnly(last.parsed))
    queue.unshift(...split.retry)
  }
  return {
    parsed: mergeParsedLogs(parsed),
    exitCode,
    timedOut: last?.timedOut ?? false,
    cancelled: last?.cancelled ?? false,
    notStarted: last?.notStarted,
    groups,
    blocked,
    dropped,
  }
}

/** The database of the `index`-th group (0-based): the run's own, then `<run db>_g2`, `_g3`... */
export function groupDatabase(database: string, index: number): string {
  return index === 0 ? database : `${database.slice(0, 58)}_g${index + 1}`
}

/**
 * Which modules of a group that Odoo could not load to set aside, and which groups to retry:
 * the modules the fatal causes name, and those of the group depending on them (directly or
 * through other addons); without a named culprit, both halves of the group.
 */
export function isolate(
  log: ParsedOdooLog,
  modules: readonly string[],
  addons: ReadonlyMap<string, RepoAddon>,
): { blocked: BlockedModule[]; retry: string[][] } {
  const causes = new Map<string, string>()
  for (const f of log.fatal) if (f.module && !causes.has(f.module)) causes.set(f.module, f.message)
  const blocked: BlockedModule[] = []
  for (const module of modules) {
    const own = causes.get(module)
    if (own !== undefined) {
      blocked.push({ module, cause: module, why: 'failed_to_load', reason: own })
      continue
    }
    const culprit = [...causes.keys()].find((c) => dependsOn(module, c, addons))
    if (culprit)
      blocked.push({
        module,
        cause: culprit,
        why: 'needs_failed_module',
        reason: `depends on ${culprit}, which Odoo could not load`,
      })
  }
  if (blocked.length > 0) {
    const rest = modules.filter((m) => !blocked.some((b) => b.module === m))
    return { blocked, retry: rest.length ? [rest] : [] }
  }
  if (modules.length > 1) {
    const half = Math.ceil(modules.length / 2)
    return { blocked: [], retry: [modules.slice(0, half), modules.slice(half)] }
  }
  const why = log.fatal[0]?.message ?? 'Odoo stopped while loading it (see the raw log)'
  return { blocked: [{ module: modules[0]!, cause: modules[0]!, why: 'failed_to_load', reason: why }], retry: [] }
}

/** True when `module` needs `dependency`, directly or through other addons of the repository. */
function dependsOn(module: string, dependency: string, addons: ReadonlyMap<string, RepoAddon>): boolean {
  return dependenciesOf([module], addons).includes(dependency)
}

/** A run's fatal causes and logged records without its tests (they ran again elsewhere). */
function fatalOnly(log: ParsedOdooLog): ParsedOdooLog {
  return {
    ...log,
    tests: [],
    modules: [],
    summary: undefined,
    counted: { failures: 0, errors: 0, tests: 0, skipped: 0 },
    httpError: undefined,
  }
}
