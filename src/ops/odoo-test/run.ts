import { createWriteStream, type WriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Finding, Report } from '../../op/report.ts'
import { makeReport } from '../../op/report.ts'
import { OdooLogParser } from '../../odoo/log/odoo-log-parser.ts'
import type { ParsedOdooLog } from '../../odoo/log/odoo-log-types.ts'
import { buildOdooCommand } from '../../odoo/ci/build-odoo-command.ts'
import { databaseName } from '../../odoo/ci/database-name.ts'
import { listRepoAddons } from '../../odoo/ci/list-repo-addons.ts'
import { addonsFromGraph, mergeAddons } from '../../odoo/ci/addons-from-graph.ts'
import { toOdooCiData } from '../../odoo/ci/to-odoo-ci-data.ts'
import { odooFindings } from '../../odoo/ci/odoo-findings.ts'
import { concludeOdooRun } from '../../odoo/ci/conclude-odoo-run.ts'
import { renderOdooSummary } from '../../odoo/ci/render-odoo-summary.ts'
import { renderJunit } from '../../odoo/ci/render-junit.ts'
import { manifestLine } from '../../odoo/ci/manifest-line.ts'
import type { OdooTestInput } from './schema.ts'
import { resolveSettings } from './steps/resolve-settings.ts'
import { select } from './steps/select.ts'
import { runOdoo } from './steps/run-odoo.ts'
import { dropDatabase } from './steps/drop-database.ts'
import { describeArtifact } from './steps/write-artifact.ts'
import { dryRunReport } from './steps/dry-run-report.ts'

const LOG_NAME = 'odoo-test.log'
const JUNIT_NAME = 'odoo-junit.xml'

/**
 * `odoo.test`:
 * 1. settings: input over config, timeout from input / TIMEOUT env / config
 * 2. select modules (explicit, affected, all) and their dependencies to install first
 * 3. dry run: show the plan and stop
 * 4. install dependencies without tests, then run the tests, streaming the log into the parser and the raw log artifact
 * 5. always drop the per-run database
 * 6. findings, conclusion, summary; JUnit and raw log as artifacts
 */
export async function runOdooTest(ctx: OpContext, input: OdooTestInput): Promise<Report> {
  const s = resolveSettings(ctx, input)
  const graph = addonsFromGraph(s.root, ctx.config.manifest)
  const addons = mergeAddons(listRepoAddons(s.root, s.cfg.addonsDirs), graph?.addons ?? new Map())
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]))
  const sel = select(s, input, addons, graph?.affected)
  const database = input.database || databaseName(s.cfg.databasePrefix, ctx.runId)
  const base = { selected: sel.selected, installFirst: sel.installFirst, selectionReason: sel.reason, database }
  if (sel.selected.length === 0)
    return makeReport({
      conclusion: 'neutral',
      title: 'No module to test',
      summary: `Nothing selected: ${sel.reason}.`,
      data: { schemaVersion: 1, outcome: 'nothing_selected', ...base },
    })
  const deps =
    sel.installFirst.length > 0
      ? buildOdooCommand(s.cfg, { database, install: sel.installFirst, test: false })
      : undefined
  const tests = buildOdooCommand(s.cfg, { database, install: sel.selected, test: true })
  if (input.dryRun)
    return dryRunReport({ ...base, commands: [deps, tests].filter((c) => c !== undefined), timeoutMs: s.timeoutMs })

  const logPath = join(ctx.artifactsDir, LOG_NAME)
  const log = createWriteStream(logPath)
  const extra: Finding[] = []
  const tail: string[] = []
  let outcome: {
    parsed: ParsedOdooLog
    exitCode: number | undefined
    timedOut: boolean
    cancelled: boolean
    notStarted?: string
  }
  try {
    outcome = await runAll()
  } finally {
    if (!input.keepDatabase) {
      const dropped = await ctx.step('drop database', () =>
        dropDatabase(ctx, { template: s.cfg.dropDatabase, database, cwd: s.root }),
      )
      if (dropped) extra.push(dropped)
    }
    await closeStream(log)
  }

  const data = toOdooCiData(
    outcome.parsed,
    { ...base, ...outcome, logTail: tail, timeoutMinutes: Math.round(s.timeoutMs / 600) / 100, logArtifact: LOG_NAME },
    { pathMap: s.cfg.pathMap, addonDirs },
  )
  const findings = [
    ...odooFindings(data, s.cfg.policy, {
      addonDirs,
      manifestLine: (addon, needle) => manifestLine(s.root, addonDirs.get(addon), needle),
    }),
    ...extra,
  ]
  const { conclusion, title } = concludeOdooRun(data, findings, s.cfg.policy)
  const junitPath = join(ctx.artifactsDir, JUNIT_NAME)
  await writeFile(junitPath, renderJunit(data))
  const artifacts = [
    await describeArtifact(logPath, 'text/plain'),
    await describeArtifact(junitPath, 'application/xml'),
  ]
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, artifacts, data })

  // Dependencies first (their own parser: only a failure matters), then the tests, within one time budget.
  async function runAll(): Promise<typeof outcome> {
    const started = Date.now()
    if (deps) {
      const depsParser = new OdooLogParser()
      const r = await ctx.step('install dependencies', () =>
        runOdoo(ctx, { argv: deps, cwd: s.root, timeoutMs: s.timeoutMs, log, parser: depsParser, tail }),
      )
      if (r.exitCode !== 0 || r.timedOut || r.cancelled) return { ...r, parsed: depsParser.end() }
    }
    const parser = new OdooLogParser()
    const left = Math.max(1000, s.timeoutMs - (Date.now() - started))
    const r = await ctx.step('run tests', () =>
      runOdoo(ctx, { argv: tests, cwd: s.root, timeoutMs: left, log, parser, tail }),
    )
    return { ...r, parsed: parser.end() }
  }
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
}
