import type { Report } from '../../op/report.ts'
import { sortFindings } from './render-text.ts'

const SUMMARY_LIMIT = 1024 * 1024 - 1024

/**
 * The step summary: the report's own summary plus every finding, because the Actions UI
 * shows at most 10 errors and 10 warnings per step as annotations.
 */
export function stepSummary(label: string, report: Report): string {
  const rows = sortFindings(report.findings).map(
    (f) => `| ${f.level} | \`${f.path}:${f.line}\` | ${f.ruleId} | ${cell(f.message)} |`,
  )
  let md = `### ${label}: ${report.conclusion}\n\n**${cell(report.title)}**\n\n${report.summary}\n`
  if (rows.length > 0)
    md += `\n<details><summary>All ${rows.length} findings</summary>\n\n| level | location | rule | message |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>\n`
  // GitHub rejects step summaries over 1 MiB; keep the head and say so.
  return md.length > SUMMARY_LIMIT
    ? md.slice(0, SUMMARY_LIMIT) + '\n\n(truncated: the full list is in the report artifact)\n'
    : md
}

function cell(s: string): string {
  return s.split('\n')[0]!.replace(/\|/g, '\\|')
}
