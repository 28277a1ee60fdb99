import type { Op } from '../../op/define-op.ts'
import type { RunRecord } from '../../engine/run-record.ts'
import type { Report } from '../../op/report.ts'
import { UsageError } from '../usage-error.ts'
import { renderGithub } from './render-github.ts'
import { renderText } from './render-text.ts'
import { renderSarif } from './render-sarif.ts'

/** Formats every op supports; ops add their own (junit, sarif, dot...) via `formats`. */
export const baseFormats = ['text', 'json', 'github', 'sarif'] as const

/** The formats `op` can be printed in. */
export function formatsOf(op: Op): string[] {
  return [...new Set([...baseFormats, ...Object.keys(op.formats ?? {})])]
}

/** Renders a finished run for the terminal in `format`; `label` names it (default `oda <op>`). */
export function renderRun(
  op: Op,
  record: RunRecord,
  format: string,
  label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`,
): string {
  const report = reportOf(record)
  const custom = op.formats?.[format]
  if (custom) return ensureNewline(custom(report))
  switch (format) {
    case 'text':
      return renderText(label, report)
    case 'json':
      return JSON.stringify(runJson(record), null, 2) + '\n'
    case 'github':
      return renderGithub(label, report)
    case 'sarif':
      return renderSarif(op, report)
    default:
      throw new UsageError(`unknown format "${format}" for ${op.name}; use one of ${formatsOf(op).join(', ')}`)
  }
}

/**
 * The JSON view of a finished run. `data` is the op's own result (e.g. `manifest show`'s
 * list): JSON consumers get it along with the run id, conclusion and policy decisions.
 */
export function runJson(record: RunRecord): Record<string, unknown> {
  const report = reportOf(record)
  return {
    id: record.id,
    op: record.op,
    state: record.state,
    conclusion: report.conclusion,
    title: report.title,
    summary: report.summary,
    findings: report.findings,
    artifacts: report.artifacts,
    data: report.data,
    pdrs: record.pdrs,
    evidence: record.evidencePath,
  }
}

/** A run's report; a run that ended before its op reported (denied, crashed) gets one from its error. */
function reportOf(record: RunRecord): Report {
  return (
    record.report ?? {
      conclusion: 'failure',
      title: record.error ?? 'no report',
      summary: '',
      findings: [],
      artifacts: [],
    }
  )
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n'
}
