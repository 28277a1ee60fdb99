import type { WriteStream } from 'node:fs'
import type { OpContext } from '../../../op/context.ts'
import type { Finding } from '../../../op/report.ts'
import type { OdooCiConfig } from '../../../config/sections/odoo-ci.ts'
import { buildOdooCommand } from '../../../odoo/ci/build-odoo-command.ts'
import type { TestSink } from '../../../odoo/ci/test-sink.ts'
import { OdooLogParser } from '../../../odoo/log/odoo-log-parser.ts'
import type { ParsedOdooLog } from '../../../odoo/log/odoo-log-types.ts'
import type { OdooProcessResult } from './run-odoo.ts'
import { runOdoo } from './run-odoo.ts'
import { dropDatabase } from './drop-database.ts'

/** One group of modules tested in its own database. */
export interface GroupSpec {
  modules: readonly string[]
  installFirst: readonly string[]
  database: string
}

/** What the whole run shares between its groups. */
export interface GroupContext {
  cfg: OdooCiConfig
  root: string
  /** Epoch milliseconds when the run's time budget ends. */
  deadline: number
  /** Arguments every invocation gets (data dir, HTTP port). */
  runArgs: readonly string[]
  env: Record<string, string>
  log: WriteStream
  sink: TestSink
  tail: string[]
  keepDatabase: boolean
  /** Most records logged outside tests kept per parser (the run record stays bounded). */
  maxIssues: number
}

export type GroupResult = OdooProcessResult & { parsed: ParsedOdooLog; dropped?: Finding }

// Odoo needs a moment to start even when the budget is nearly spent; the kill comes soon after.
const MIN_TIMEOUT_MS = 1000

/**
 * Installs a group's dependencies without tests (only a failure matters), then its modules
 * with tests, streaming every test to the sink; always drops the group's database.
 */
export async function runGroup(ctx: OpContext, run: GroupContext, group: GroupSpec): Promise<GroupResult> {
  const invoke = async (install: readonly string[], test: boolean): Promise<GroupResult> => {
    const parser = new OdooLogParser({ keepTests: false, maxIssues: run.maxIssues, onTest: (t) => run.sink.add(t) })
    const argv = buildOdooCommand(run.cfg, { database: group.database, install, test, runArgs: run.runArgs })
    const result = await runOdoo(ctx, {
      argv,
      cwd: run.root,
      env: run.env,
      timeoutMs: Math.max(MIN_TIMEOUT_MS, run.deadline - Date.now()),
      log: run.log,
      parser,
      tail: run.tail,
    })
    return { ...result, parsed: parser.end() }
  }
  // The dependency install matters only when it fails: what it logs on success is not the PR's doing.
  const installAndTest = async (): Promise<GroupResult> => {
    if (group.installFirst.length > 0) {
      const deps = await ctx.step(`install dependencies (${group.database})`, () => invoke(group.installFirst, false))
      if (deps.exitCode !== 0 || deps.timedOut || deps.cancelled) return deps
    }
    return ctx.step(`run tests (${group.database})`, () => invoke(group.modules, true))
  }
  let result: GroupResult
  let dropped: Finding | undefined
  try {
    result = await installAndTest()
  } finally {
    if (!run.keepDatabase)
      dropped = await ctx.step(`drop database ${group.database}`, () =>
        dropDatabase(ctx, { template: run.cfg.dropDatabase, database: group.database, cwd: run.root }),
      )
  }
  return { ...result, dropped }
}
