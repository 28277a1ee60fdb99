import type { Finding } from '../op/report.ts'
import type { InspectedKit } from './inspect-kits.ts'

// GitHub caps a check-run summary at 65,535 characters; keep room for the faces' own lines.
const SUMMARY_LIMIT = 60_000

/**
 * Markdown for the check-run / step summary: the kits checked, a table of findings per
 * rule, then the findings grouped by rule and file. Cut at the size GitHub accepts,
 * with a line saying how many findings were left out.
 */
export function renderFindingsSummary(kits: readonly InspectedKit[], findings: readonly Finding[]): string {
  const lines: string[] = []
  lines.push(
    `**Kits checked:** ${kits.length === 0 ? 'none found' : kits.map((k) => `\`${k.kit.root}\` (${k.kit.layout})`).join(', ')}`,
    '',
  )
  if (findings.length === 0) {
    lines.push('No findings.')
    return lines.join('\n')
  }
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) pushTo(byRule, f.ruleId, f)
  lines.push('| Rule | Failures | Warnings | Notices |', '|---|---:|---:|---:|')
  for (const [rule, list] of byRule) {
    const n = (l: string): number => list.filter((f) => f.level === l).length
    lines.push(`| \`${rule}\` | ${n('failure')} | ${n('warning')} | ${n('notice')} |`)
  }
  let shown = 0
  let size = lines.join('\n').length
  outer: for (const [rule, list] of byRule) {
    const head = `\n### \`${rule}\` (${list.length})\n`
    lines.push(head)
    size += head.length
    const byFile = new Map<string, Finding[]>()
    for (const f of list) pushTo(byFile, f.path, f)
    for (const [path, items] of byFile) {
      lines.push(`- \`${path}\``)
      for (const f of items) {
        const line = `  - ${f.line}${f.column ? `:${f.column}` : ''} ${f.level}: ${escape(f.message)}`
        if (size + line.length > SUMMARY_LIMIT) break outer
        lines.push(line)
        size += line.length + 1
        shown++
      }
    }
  }
  if (shown < findings.length)
    lines.push(
      '',
      `_${findings.length - shown} more findings are not shown here; the full list is in the report's findings (\`--format json\`)._`,
    )
  return lines.join('\n')
}

function escape(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/</g, '&lt;')
}

function pushTo(groups: Map<string, Finding[]>, key: string, f: Finding): void {
  const list = groups.get(key)
  if (list) list.push(f)
  else groups.set(key, [f])
}
