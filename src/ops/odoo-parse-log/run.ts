import { accessSync, constants, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Report } from '../../op/report.ts'
import { makeReport } from '../../op/report.ts'
import { parseOdooLogFile } from '../../odoo/log/parse-odoo-log.ts'
import { listRepoAddons } from '../../odoo/ci/list-repo-addons.ts'
import { toOdooCiData } from '../../odoo/ci/to-odoo-ci-data.ts'
import type { OdooCiData } from '../../odoo/ci/odoo-ci-data.ts'
import { JUNIT_ARTIFACT, TESTS_ARTIFACT, TestSink } from '../../odoo/ci/test-sink.ts'
import { countNoun } from '../../odoo/ci/count-noun.ts'
import { describeArtifact } from '../../odoo/ci/describe-artifact.ts'
import { odooFindings } from '../../odoo/ci/odoo-findings.ts'
import { concludeOdooRun } from '../../odoo/ci/conclude-odoo-run.ts'
import { renderOdooSummary } from '../../odoo/ci/render-odoo-summary.ts'
import type { ParseLogInput } from './schema.ts'

// Records logged outside tests that the run record keeps; the rest are counted.
const MAX_ISSUES = 200

/** Error for a log file that cannot be read. */
export class LogFileError extends Error {
  override name = 'LogFileError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
}

/**
 * `odoo.parse-log`:
 * 1. check the file: any readable non-folder (a pipe such as /dev/stdin or <(...) included)
 * 2. stream-parse it; each finished test goes, mapped into the repository (config pathMap and
 *    the repo's addons), to the tests and JUnit artifacts on disk, never into memory whole
 * 3. findings, conclusion and summary under the repo's odoo-ci policy; the record keeps totals
 *    and the notable tests only
 */
export async function runParseLog(ctx: OpContext, input: ParseLogInput): Promise<Report> {
  const path = resolve(ctx.cwd, input.file)
  checkLogFile(input.file, path)
  const cfg = ctx.config['odoo-ci']
  const addons = listRepoAddons(ctx.cwd, cfg.addonsDirs)
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]))
  const mapping = { pathMap: cfg.pathMap, addonDirs }
  const sink = new TestSink({ dir: ctx.artifactsDir, mapping, redact: (t) => ctx.redact.redact(t) })
  let data: OdooCiData
  try {
    const log = await ctx.step('parse log', async (step) => {
      const parsed = await parseOdooLogFile(path, {
        keepTests: false,
        maxIssues: MAX_ISSUES,
        onTest: (t) => sink.add(t),
      })
      step.note(
        `${countNoun(parsed.lines, 'line')}, ${countNoun(parsed.counted.tests, 'test')}, ${parsed.fatal.length} fatal`,
      )
      return parsed
    })
    data = toOdooCiData(
      log,
      {
        selected: input.modules,
        installFirst: [],
        exitCode: input.exitCode >= 0 ? input.exitCode : undefined,
        logArtifact: input.file,
      },
      sink.collected(),
      mapping,
    )
    sink.finish(data)
  } catch (error) {
    sink.discard()
    throw error
  }
  const findings = odooFindings(data, cfg.policy, { addonDirs })
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy)
  const artifacts = [
    await describeArtifact(join(ctx.artifactsDir, TESTS_ARTIFACT), 'application/x-ndjson'),
    await describeArtifact(join(ctx.artifactsDir, JUNIT_ARTIFACT), 'application/xml'),
  ]
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, artifacts, data })
}

/** Throws a usage error unless `path` is a readable file that is not a folder (FIFOs and devices allowed). */
function checkLogFile(given: string, path: string): void {
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw new LogFileError(`log file ${given} not found (looked at ${path}); pass the path of a saved Odoo log`)
  }
  if (stat.isDirectory())
    throw new LogFileError(
      `${given} is a folder, not a log file (looked at ${path}); pass the path of a saved Odoo log`,
    )
  try {
    accessSync(path, constants.R_OK)
  } catch {
    throw new LogFileError(`log file ${given} cannot be read (permission denied at ${path})`)
  }
}
