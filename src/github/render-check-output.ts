import type { Finding, Report } from '../op/report.ts'
import { checkRunLimits } from './check-run-limits.ts'
import { findingsTable, tableCell } from './findings-table.ts'
import { truncateChars } from './truncate-text.ts'

/** The `output` fields of a check run, without annotations. */
export interface CheckOutputText {
  title: string
  summary: string
  text?: string
}

export interface RenderCheckOutputOptions {
  report: Report
  /** Where the complete list of findings is kept (artifact name, evidence path, run id). */
  fullListAt: string
  /** How many findings become annotations; the rest are only listed. */
  annotated: number
  /** Character cap for summary and text (GitHub: 65,535). */
  maxChars?: number
}

/**
 * Renders a report as check-run output, saying each finding once: the annotations carry the
 * findings on their lines, so the summary is the op's own summary, one line of counts, where
 * every finding is kept and, when the op's summary has no table of its own, a table of findings
 * by rule and file. `text` carries the op's detail and only the findings that could not be
 * annotated. Whatever does not fit GitHub's cap is cut at a line boundary, and a closing line
 * says how much was left out and where the full list is.
 */
export function renderCheckOutput(o: RenderCheckOutputOptions): CheckOutputText {
  const max = o.maxChars ?? checkRunLimits.outputChars
  const { report } = o
  const findings = report.findings
  const own = report.summary.trim()
  // Ops that already say "No findings." keep the summary from saying it twice.
  const head = findings.length === 0 && /no findings\.?$/i.test(own) ? [own] : [own, countsLine(findings)]
  const unannotated = findings.slice(Math.max(0, o.annotated))
  if (unannotated.length > 0) {
    head.push(
      `Only the first ${o.annotated} findings are annotated on the diff; the other ${unannotated.length} are listed in the details.`,
    )
  }
  if (findings.length > 0) head.push(`Every finding: ${o.fullListAt}.`)
  // An op whose summary tables its findings already (secrets, spec-kit) gets no second table.
  const rows = hasTable(own) ? [] : findingsTable(findings)
  const tableLines =
    rows.length === 0
      ? []
      : [
          '### Findings by rule and file',
          '',
          '| Rule | File | Failures | Warnings | Notices |',
          '|---|---|---:|---:|---:|',
          ...rows.map(
            (r) =>
              `| \`${tableCell(r.ruleId)}\` | \`${tableCell(r.path)}\` | ${r.failure} | ${r.warning} | ${r.notice} |`,
          ),
        ]
  // Each table row stands for that many findings: the cut line counts findings, not rows.
  const rowWeights = [0, 0, 0, 0, ...rows.map((r) => r.failure + r.warning + r.notice)]
  const summary = fitLines({
    fixed: head.filter((s) => s.length > 0).join('\n\n') + (tableLines.length > 0 ? '\n\n' : ''),
    lines: tableLines,
    weights: rowWeights,
    max,
    cutLine: (n) =>
      `\n_${n} of ${findings.length} findings are left out of this table (size limit); the full list is in ${o.fullListAt}._`,
  })

  const detail = report.text?.trim() ?? ''
  const findingLines = unannotated.map(findingLine)
  const text =
    findingLines.length === 0 && detail.length === 0
      ? undefined
      : fitLines({
          fixed: detail.length > 0 ? `${truncateChars(detail, Math.floor(max / 2))}\n\n` : '',
          lines: findingLines.length > 0 ? ['### Findings not annotated', '', ...findingLines] : [],
          weights: [0, 0, ...findingLines.map(() => 1)],
          max,
          cutLine: (n) => `\n_${n} more findings are left out (size limit); the full list is in ${o.fullListAt}._`,
        })
  return { title: truncateChars(report.title, 1000), summary, ...(text === undefined ? {} : { text }) }
}

/** True when markdown holds a table (a header row followed by its separator row). */
function hasTable(markdown: string): boolean {
  return /^\|.*\|[ \t]*\r?\n\|[ \t:|-]*-[ \t:|-]*\|[ \t]*$/m.test(markdown)
}

function countsLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.'
  const n = (level: Finding['level']): number => findings.filter((f) => f.level === level).length
  return `**${findings.length} finding${findings.length === 1 ? '' : 's'}**: ${n('failure')} failure, ${n('warning')} warning, ${n('notice')} notice.`
}

function findingLine(f: Finding): string {
  const where = `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`
  return `- **${f.level}** \`${tableCell(where)}\` \`${tableCell(f.ruleId)}\`: ${f.message.replace(/\r?\n/g, ' ')}`
}

/**
 * Joins `fixed` and as many whole `lines` as fit in `max` characters; when some are left out,
 * appends `cutLine(left-out weight)`. The cut line itself is reserved for in the budget.
 */
function fitLines(o: {
  fixed: string
  lines: readonly string[]
  weights: readonly number[]
  max: number
  cutLine: (leftOut: number) => string
}): string {
  const all = o.fixed + o.lines.join('\n')
  if (all.length <= o.max) return all
  const total = o.weights.reduce((a, b) => a + b, 0)
  const reserve = o.cutLine(total).length + 1
  let out = truncateChars(o.fixed, Math.max(0, o.max - reserve))
  let kept = 0
  for (let i = 0; i < o.lines.length; i++) {
    const line = o.lines[i] ?? ''
    if (out.length + line.length + 1 + reserve > o.max) break
    out += (i === 0 ? '' : '\n') + line
    kept += o.weights[i] ?? 0
  }
  return out + o.cutLine(total - kept)
}
