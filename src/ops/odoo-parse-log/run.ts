import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OpContext } from '../../engine/context.ts'
import type { Report } from '../../engine/report.ts'
import { makeReport } from '../../engine/report.ts'
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
 * 1. check the file exists
 * 2. stream-parse it
 * 3. map paths into the repository (config pathMap and the repo's addons)
 * 4. findings, conclusion and summary under the repo's odoo-ci policy
 */
export async function runParseLog(ctx: OpContext, input: ParseLogInput): Promise<Report> {
  const path = resolve(ctx.cwd, input.file)
  if (!existsSync(path) || !statSync(path).isFile()) throw new LogFileError(`log file ${input.file} not found (looked at ${path}); pass the path of a saved Odoo log`)
  const log = await ctx.step('parse log', async (s) => {
    const parsed = await parseOdooLogFile(path)
    s.note(`${parsed.lines} lines, ${parsed.tests.length} tests, ${parsed.fatal.length} fatal`)
    return parsed
  })
  const cfg = ctx.config['odoo-ci']
  const addons = listRepoAddons(ctx.cwd, cfg.addonsDirs)
  const addonDirs = new Map([...addons.values()].map((a) => [a.name, a.dir]))
  const data = toOdooCiData(log, { selected: input.modules, installFirst: [], exitCode: input.exitCode >= 0 ? input.exitCode : undefined, logArtifact: input.file }, { pathMap: cfg.pathMap, addonDirs })
  const findings = odooFindings(data, cfg.policy, { addonDirs })
  const { conclusion, title } = concludeOdooRun(data, findings, cfg.policy)
  return makeReport({ conclusion, title, summary: renderOdooSummary(data, findings), findings, data })
}
