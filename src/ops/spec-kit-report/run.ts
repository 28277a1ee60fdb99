import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { makeReport, type Report } from '../../op/report.ts'
import { computeStatusTable, type StatusTable } from '../../speckit/compute-status-table.ts'
import { inspectRepo } from '../../speckit/inspect-repo.ts'
import { resolveKitTarget } from '../../speckit/resolve-kit-target.ts'
import { renderStatusTable } from '../../speckit/render-status-table.ts'
import type { SpecKitReportInput } from './schema.ts'

// Problems that stop a tasks file from being counted; everything else is spec-kit.validate's job.
const unreadable = new Set([
  'spec-kit/missing-kit',
  'spec-kit/file-too-large',
  'spec-kit/binary-file',
  'spec-kit/invalid-encoding',
  'spec-kit/empty-file',
])

/**
 * Prints the recomputed task status of each kit:
 * 1. inspect the kits as spec-kit.validate does (same detection and parsing);
 * 2. count tasks per phase: done / in progress / todo / blocked, % complete;
 * 3. report: the markdown table as summary, the tables as data; only problems that
 *    prevent counting are findings.
 */
export async function runSpecKitReport(ctx: OpContext, input: SpecKitReportInput): Promise<Report> {
  const cfg = ctx.config['spec-kit']
  const target = resolveKitTarget(ctx.cwd, input.dir)
  const root = input.paths.length > 0 || cfg.paths.length > 0 ? resolve(ctx.cwd, input.dir) : target.root
  const paths = input.paths.length > 0 ? input.paths : cfg.paths.length > 0 ? cfg.paths : target.paths
  const inspected = await ctx.step('inspect', async () =>
    inspectRepo({
      root,
      paths,
      options: { maxClarifications: cfg.maxClarifications, maxFileBytes: cfg.maxFileBytes, signal: ctx.signal },
    }),
  )
  const tables = inspected.kits.map(computeStatusTable).filter((t): t is StatusTable => t !== undefined)
  const findings = inspected.findings
    .filter((f) => unreadable.has(f.ruleId))
    .map((f) => ({ ...f, message: ctx.redact.redact(f.message) }))
  const data = ctx.redact.redactValue({ schemaVersion: 1, tables })
  const summary = ctx.redact.redact(renderStatusTable(tables))
  if (tables.length === 0)
    return makeReport({ conclusion: 'neutral', title: 'spec-kit: no tasks file found', summary, findings, data })
  const done = tables.reduce((n, t) => n + t.total.done, 0)
  const total = tables.reduce((n, t) => n + t.total.total, 0)
  const pct = total === 0 ? 0 : Math.round((done * 100) / total)
  return makeReport({
    conclusion: 'success',
    title: `spec-kit: ${done}/${total} tasks done (${pct}%) in ${tables.length} kit${tables.length === 1 ? '' : 's'}`,
    summary,
    findings,
    data,
  })
}
