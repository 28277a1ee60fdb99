import { accessSync, constants, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { Report } from '../../op/report.ts'
import { makeReport } from '../../op/report.ts'
import { parseOdooLogFile } from '../../odoo/log/parse-odoo-log.ts'
import { listRepoAddons } from '../../odoo/ci/list-repo-addons.ts'
import { toOdooCiData } from '../../odoo/ci/to-odoo-ci-data.ts'
import { odooFindings } from '../../odoo/ci/odoo-findings.ts'
import { concludeOdooRun } from '../../odoo/ci/conclude-odoo-run.ts'
import { renderOdooSummary } from '../../odoo/ci/render-odoo-summary.ts'
import type { ParseLogInput } from './schema.ts'

/** Error for a log file that cannot be read. */
export class LogFileError extends Error {
  override name = 'LogFileError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
}

/**
 * `odoo.parse-log`:
 * 1. check the file: any readable non-folder (a pipe such as /dev/stdin or <(...) included)
 * 2. stream-parse it
 * 3. map paths into the repository (config pathMap and the repo's addons)
 * 4. findings, conclusion and summary under the repo's odoo-ci policy
 */
export async function runParseLog(ctx: OpContext, input: ParseLogInput): Promise<Report> {
  const path = resolve(ctx.cwd, input.file)
  checkLogFile(input.file, path)
  const log = await ctx.step('parse log', async (s) => {
    const parsed = await parseOdooLogFile(path)
    s.note(`${parsed.lines} lines, ${parsed.tests.length} tests, ${parsed.fatal.length} fatal`)
    return parsed
  })
  const cfg = ctx.config['odoo-ci']
  const addons = listRepoAddons(ctx.cwd, cfg.addonsDirs)
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]))
  const data = toOdooCiData(
    log,
    {
      selected: input.modules,
      installFirst: [],
      exitCode: input.exitCode >= 0 ? input.exitCode : undefined,
      logArtifact: input.file,
    },
    { pathMap: cfg.pathMap, addonDirs },
  )
  const findings = odooFindings(data, cfg.policy, { addonDirs })
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy)
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, data })
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
