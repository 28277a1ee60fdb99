import type { Finding } from '../op/report.ts'

/** Counts of findings for one (rule, file) pair, by level. */
export interface FindingsTableRow {
  ruleId: string
  path: string
  failure: number
  warning: number
  notice: number
}

/**
 * Groups findings by rule and file, most severe groups first, then by rule and path so the
 * table reads the same on every run.
 */
export function findingsTable(findings: readonly Finding[]): FindingsTableRow[] {
  const rows = new Map<string, FindingsTableRow>()
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.path}`
    let row = rows.get(key)
    if (!row) {
      row = { ruleId: f.ruleId, path: f.path, failure: 0, warning: 0, notice: 0 }
      rows.set(key, row)
    }
    row[f.level]++
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.failure - a.failure ||
      b.warning - a.warning ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.path.localeCompare(b.path),
  )
}

/** Makes a value safe inside a markdown table cell wrapped in backticks. */
export function tableCell(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'")
}
