import type { Finding, FindingLevel } from '../op/report.ts'

/** Most findings of one rule listed for one file; the rest are counted in one closing finding. */
export const MAX_FINDINGS_PER_RULE_AND_FILE = 100

const rank: Record<FindingLevel, number> = { notice: 0, warning: 1, failure: 2 }

/**
 * Keeps the first findings of each rule in each file (in the order given) and replaces the
 * rest by one finding that says how many were left out, at the highest level among them.
 * A hostile file can make every line a finding; the report, the annotations and the
 * memory they take stay bounded.
 */
export function capFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, { count: number; dropped: Finding[] }>()
  const out: Finding[] = []
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}`
    let entry = seen.get(key)
    if (!entry) seen.set(key, (entry = { count: 0, dropped: [] }))
    entry.count++
    if (entry.count <= MAX_FINDINGS_PER_RULE_AND_FILE) out.push(f)
    else entry.dropped.push(f)
  }
  for (const { dropped } of seen.values()) {
    const first = dropped[0]
    if (!first) continue
    const level = dropped.reduce<FindingLevel>((l, f) => (rank[f.level] > rank[l] ? f.level : l), 'notice')
    const rule = first.ruleId.replace(/^spec-kit\//, '')
    const n = dropped.length
    out.push({
      path: first.path,
      line: first.line,
      level,
      ruleId: first.ruleId,
      title: first.ruleId,
      message: `${n} more ${rule} finding${n === 1 ? '' : 's'} in ${first.path} ${n === 1 ? 'is' : 'are'} not listed (at most ${MAX_FINDINGS_PER_RULE_AND_FILE} per rule and file), from line ${first.line} on: fix the ones shown and run again`,
      properties: { omitted: n },
    })
  }
  return out
}
