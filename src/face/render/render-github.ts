import type { Finding, Report } from '../../op/report.ts'
import { sortFindings } from './render-text.ts'

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`) for each finding.
 * GitHub shows at most 10 errors and 10 warnings per step as annotations, so the step
 * summary (written by the action face) lists all of them.
 */
export function renderGithub(label: string, report: Report): string {
  const lines = sortFindings(report.findings).map((f) => command(f))
  lines.push(`::notice title=${escapeProperty(label)}::${escapeData(`${report.conclusion}: ${report.title}`)}`)
  return lines.join('\n') + '\n'
}

function command(f: Finding): string {
  const kind = f.level === 'failure' ? 'error' : f.level
  const props: string[] = [`file=${escapeProperty(f.path)}`, `line=${f.line}`]
  if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`)
  if (f.column !== undefined) props.push(`col=${f.column}`)
  if (f.endColumn !== undefined) props.push(`endColumn=${f.endColumn}`)
  props.push(`title=${escapeProperty(f.title ?? f.ruleId)}`)
  return `::${kind} ${props.join(',')}::${escapeData(f.message)}`
}

/** Escaping rules of the workflow command protocol (the Actions toolkit's own rules). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
