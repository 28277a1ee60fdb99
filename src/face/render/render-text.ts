import type { Finding, Report } from '../../op/report.ts'

const mark: Record<Report['conclusion'], string> = {
  success: 'PASS',
  neutral: 'NEUTRAL',
  failure: 'FAIL',
  cancelled: 'CANCELLED',
  timed_out: 'TIMED OUT',
  action_required: 'ACTION REQUIRED',
}

/** Plain-text rendering for terminals: verdict line, findings as `path:line:col`, then the summary. */
export function renderText(label: string, report: Report): string {
  const lines = [`${mark[report.conclusion]}  ${label}: ${report.title}`]
  for (const f of sortFindings(report.findings))
    lines.push(`  ${location(f)}  ${f.level.padEnd(7)}  ${f.ruleId}  ${f.message.split('\n')[0]}`)
  if (report.summary.trim() !== '') lines.push('', indent(report.summary.trim()))
  for (const a of report.artifacts) lines.push(`  artifact: ${a.name} -> ${a.path}`)
  return lines.join('\n') + '\n'
}

/** Findings by path, then line, then column: the order a reader scans a diff in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  )
}

function location(f: Finding): string {
  return `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
}
