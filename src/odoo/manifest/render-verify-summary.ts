import type { Finding } from '../../op/report.ts'

/** Markdown for the check summary: the verdict, then a table of findings per rule. */
export function renderVerifySummary(args: {
  findings: readonly Finding[]
  checked: number
  series: string
  repos: number
  coreOrigin: string
}): string {
  const lines = [
    `Checked ${args.checked} addons against Odoo ${args.series} (${args.repos} listed repos; core addons from ${args.coreOrigin === 'source' ? 'the Odoo source tree' : "oda's shipped list"}).`,
  ]
  if (args.findings.length === 0) return lines.concat('', 'No findings.').join('\n')
  const byRule = new Map<string, { level: string; count: number; first: Finding }>()
  for (const f of args.findings) {
    const r = byRule.get(f.ruleId)
    if (r) r.count++
    else byRule.set(f.ruleId, { level: f.level, count: 1, first: f })
  }
  lines.push('', '| rule | level | count | first |', '|---|---|---|---|')
  for (const [rule, r] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`| \`${rule}\` | ${r.level} | ${r.count} | \`${r.first.path}:${r.first.line}\` |`)
  }
  return lines.join('\n')
}
