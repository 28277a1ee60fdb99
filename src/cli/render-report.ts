import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import type { FormatOutput, Op } from '../op/define-op.ts'
import type { RunRecord } from '../engine/run-record.ts'
import type { Report } from '../op/report.ts'
import { UsageError } from './usage-error.ts'
import { renderGithub } from '../face/render/render-github.ts'
import { renderText } from '../face/render/render-text.ts'
import { renderSarif } from '../face/render/render-sarif.ts'

/** Formats every op supports; ops add their own (junit, sarif, dot...) via `formats`. */
export const baseFormats = ['text', 'json', 'github', 'sarif'] as const

/** The formats `op` can be printed in. */
export function formatsOf(op: Op): string[] {
  return [...new Set([...baseFormats, ...Object.keys(op.formats ?? {}), ...Object.keys(op.fileFormats ?? {})])]
}

/** Renders a finished run for the terminal in `format`; `label` names it (default `oda <op>`). */
export function renderRun(
  op: Op,
  record: RunRecord,
  format: string,
  label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`,
): string {
  const custom = op.formats?.[format] ?? op.fileFormats?.[format]
  if (custom) {
    const out = custom(reportOf(record))
    return ensureNewline(typeof out === 'string' ? out : readFileSync(out.file, 'utf8'))
  }
  return renderBase(op, record, format, label)
}

/**
 * Writes a finished run in `format` to `write`, in chunks when the op's format is a file
 * (a JUnit report of a huge log never sits in memory whole).
 */
export function writeRun(op: Op, record: RunRecord, format: string, write: (text: string) => void): void {
  const custom = op.formats?.[format] ?? op.fileFormats?.[format]
  if (!custom) return write(renderBase(op, record, format))
  const out: FormatOutput = custom(reportOf(record))
  if (typeof out === 'string') return write(ensureNewline(out))
  copyFile(out.file, write)
}

function copyFile(path: string, write: (text: string) => void): void {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CHUNK)
    const decoder = new TextDecoder('utf-8')
    let endsWithNewline = true
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0;) {
      const text = decoder.decode(buffer.subarray(0, n), { stream: true })
      if (text) write(text)
      if (text) endsWithNewline = text.endsWith('\n')
    }
    write(decoder.decode() + (endsWithNewline ? '' : '\n'))
  } finally {
    closeSync(fd)
  }
}

const CHUNK = 1024 * 1024

function renderBase(
  op: Op,
  record: RunRecord,
  format: string,
  label = op.check ? `oda / ${op.check.name}` : `oda ${op.name}`,
): string {
  const report = reportOf(record)
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
