import { createWriteStream, type WriteStream } from 'node:fs'
import { join } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Report } from '../../op/report.ts'
import { makeReport } from '../../op/report.ts'
import { buildOdooCommand, setsOption } from '../../odoo/ci/build-odoo-command.ts'
import { databaseName } from '../../odoo/ci/database-name.ts'
import { listRepoAddons } from '../../odoo/ci/list-repo-addons.ts'
import { addonsFromGraph, mergeAddons } from '../../odoo/ci/addons-from-graph.ts'
import { toOdooCiData } from '../../odoo/ci/to-odoo-ci-data.ts'
import type { OdooCiData } from '../../odoo/ci/odoo-ci-data.ts'
import { odooFindings } from '../../odoo/ci/odoo-findings.ts'
import { concludeOdooRun } from '../../odoo/ci/conclude-odoo-run.ts'
import { renderOdooSummary } from '../../odoo/ci/render-odoo-summary.ts'
import { manifestLine } from '../../odoo/ci/manifest-line.ts'
import { JUNIT_ARTIFACT, TESTS_ARTIFACT, TestSink } from '../../odoo/ci/test-sink.ts'
import { describeArtifact } from '../../odoo/ci/describe-artifact.ts'
import type { OdooTestInput } from './schema.ts'
import { resolveSettings } from './steps/resolve-settings.ts'
import { findChangedFiles } from './steps/find-changed-files.ts'
import { select } from './steps/select.ts'
import { dryRunReport } from './steps/dry-run-report.ts'
import { freePort } from './steps/free-port.ts'
import { prepareRunDirs } from './steps/prepare-run-dirs.ts'
import type { GroupsOutcome } from './steps/run-groups.ts'
import { groupDatabase, runGroups } from './steps/run-groups.ts'

const LOG_NAME = 'odoo-test.log'
// Records logged outside tests that the run record keeps; the rest are counted.
const MAX_ISSUES = 200

/**
 * `odoo.test`:
 * 1. settings: input over config, timeout from input / TIMEOUT env / config
 * 2. changed files: given, else `git diff` since `--base` (in Actions: the pull request's base)
 * 3. select modules (explicit, affected, all) and their dependencies to install first
 * 4. dry run: show the plan and stop
 * 5. a free HTTP port and the run's own data dir and temporary folder
 * 6. per group: install dependencies without tests, run the tests (each test streamed to the
 *    JUnit and test-list artifacts), drop the group's database; when Odoo cannot load some
 *    modules, set them aside and test the others again
 * 7. remove the run's folders; findings, conclusion, summary; raw log, JUnit and tests as artifacts
 */
export async function runOdooTest(ctx: OpContext, input: OdooTestInput): Promise<Report> {
  const settings = resolveSettings(ctx, input)
  const { cfg, root } = settings
  const graph = addonsFromGraph(root, ctx.config.manifest)
  const addons = mergeAddons(listRepoAddons(root, cfg.addonsDirs), graph?.addons ?? new Map())
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]))
  const { changed, note } = await findChangedFiles(ctx, root, input)
  const sel = select(settings, input, addons, changed, graph?.affected)
  const reason = note ? `${sel.reason}; ${note}` : sel.reason
  const database = input.database || databaseName(cfg.databasePrefix, ctx.runId)
  const base = { selected: sel.selected, installFirst: sel.installFirst, selectionReason: reason, database }
  if (sel.selected.length === 0)
    return makeReport({
      conclusion: 'neutral',
      title: 'No module to test',
      summary: `Nothing selected: ${reason}.`,
      data: { schemaVersion: 2, outcome: 'nothing_selected', ...base },
    })
  const httpPort = await chooseHttpPort(cfg.httpPort, cfg.args)
  const portArgs = httpPort !== undefined ? [`--http-port=${httpPort}`] : []
  if (input.dryRun) {
    const deps = sel.installFirst.length
      ? [buildOdooCommand(cfg, { database, install: sel.installFirst, test: false, runArgs: portArgs })]
      : []
    const tests = buildOdooCommand(cfg, { database, install: sel.selected, test: true, runArgs: portArgs })
    return dryRunReport({ ...base, commands: [...deps, tests], timeoutMs: settings.timeoutMs })
  }

  const dirs = prepareRunDirs(cfg, root, database, ctx.sandbox?.user)
  const logPath = join(ctx.artifactsDir, LOG_NAME)
  const log = createWriteStream(logPath)
  const mapping = { pathMap: cfg.pathMap, addonDirs }
  // Odoo's output lines are redacted by exec as they arrive: the tests built from them need no second pass.
  const sink = new TestSink({ dir: ctx.artifactsDir, mapping })
  const tail: string[] = []
  let outcome: GroupsOutcome
  let data: OdooCiData
  try {
    outcome = await runGroups(
      ctx,
      {
        cfg,
        root,
        deadline: Date.now() + settings.timeoutMs,
        runArgs: [...portArgs, ...dirs.args],
        env: dirs.env,
        log,
        sink,
        tail,
        keepDatabase: input.keepDatabase,
        maxIssues: MAX_ISSUES,
      },
      {
        selected: sel.selected,
        installFirst: input.installFirst,
        addons,
        database,
        isolate: cfg.isolateFailures,
        maxRuns: cfg.maxRuns,
      },
    )
    data = toOdooCiData(
      outcome.parsed,
      {
        ...base,
        ...outcome,
        logTail: tail,
        timeoutMinutes: Math.round(settings.timeoutMs / 600) / 100,
        logArtifact: LOG_NAME,
        httpPort,
      },
      sink.collected(),
      mapping,
    )
    sink.finish(data)
  } catch (error) {
    sink.discard()
    throw error
  } finally {
    dirs.cleanup(input.keepDatabase ? [] : Array.from({ length: cfg.maxRuns }, (_, i) => groupDatabase(database, i)))
    await closeStream(log)
  }

  const findings = [
    ...odooFindings(data, cfg.policy, {
      addonDirs,
      manifestLine: (addon, needle) => manifestLine(root, addonDirs.get(addon), needle),
    }),
    ...outcome.dropped,
  ]
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy)
  const artifacts = [
    await describeArtifact(logPath, 'text/plain'),
    await describeArtifact(join(ctx.artifactsDir, JUNIT_ARTIFACT), 'application/xml'),
    await describeArtifact(join(ctx.artifactsDir, TESTS_ARTIFACT), 'application/x-ndjson'),
  ]
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, artifacts, data })
}

/** The HTTP port for the run: a free one (`auto`), a fixed one, or none when the config or args decide. */
async function chooseHttpPort(setting: string, args: readonly string[]): Promise<number | undefined> {
  if (setting === 'none' || setsOption(args, 'http-port', ['-p']) || setsOption(args, 'xmlrpc-port')) return undefined
  return setting === 'auto' ? freePort() : Number(setting)
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
}
