import type { Finding } from '../../op/report.ts'
import type { AddonsPaths } from './load-addons-workspace.ts'
import type { ExternalDependency } from './known-external-dependencies.ts'
import { countOf } from './count-of.ts'
import type { ResolvedSeries } from './resolve-series.ts'

const PATHS_FROM: Record<AddonsPaths['from'], string> = {
  mounts: 'from the mounts file',
  config: 'from manifest.addonsPaths',
  detected: 'detected',
}

/**
 * Markdown for the check summary: what was checked, against which series and why that one,
 * which addons paths, the dependencies on other repositories, then a table of findings per rule.
 */
export function renderVerifySummary(args: {
  findings: readonly Finding[]
  checked: number
  notInstallable: number
  series: ResolvedSeries
  addonsPaths: AddonsPaths
  repos: number
  coreOrigin: string
  external: readonly ExternalDependency[]
}): string {
  const paths = args.addonsPaths.paths.map((p) => `\`${p}\``).join(', ')
  const lines = [
    `Checked ${countOf(args.checked, 'addon')}${args.notInstallable > 0 ? ` (${args.notInstallable} not installable)` : ''} against Odoo ${args.series.series} (${describeSeries(args.series)}).`,
    '',
    `- addons paths (${PATHS_FROM[args.addonsPaths.from]}): ${paths || 'none'}`,
    `- ${countOf(args.repos, 'listed repo')}; core addons from ${args.coreOrigin === 'source' ? 'the Odoo source tree' : args.coreOrigin === 'shipped' ? "oda's shipped list" : `no list for ${args.series.series}`}`,
  ]
  if (args.external.length > 0) {
    const declared = args.external.filter((e) => e.declaredIn !== undefined)
    lines.push(
      `- ${countOf(args.external.length, 'dependency', 'dependencies')} from other repositories${declared.length > 0 ? ` (${declared.length} declared as requirements)` : ''}: ${args.external
        .map((e) => `\`${e.name}\`${e.declaredIn ? ` (${e.declaredIn})` : ''}`)
        .join(', ')}`,
    )
  }
  if (args.findings.length === 0) return lines.concat('', 'No findings.').join('\n')
  const byRule = new Map<string, { levels: Set<string>; count: number; first: Finding }>()
  for (const f of args.findings) {
    const r = byRule.get(f.ruleId)
    if (r) {
      r.count++
      r.levels.add(f.level)
    } else byRule.set(f.ruleId, { levels: new Set([f.level]), count: 1, first: f })
  }
  lines.push('', '| rule | level | count | first |', '|---|---|---|---|')
  for (const [rule, r] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const levels = ['failure', 'warning', 'notice'].filter((l) => r.levels.has(l)).join(', ')
    lines.push(`| \`${rule}\` | ${levels} | ${r.count} | \`${r.first.path}:${r.first.line}\` |`)
  }
  return lines.join('\n')
}

function describeSeries(s: ResolvedSeries): string {
  if (s.from === 'config') return 'set by manifest.series'
  if (s.from === 'default') return `assumed: ${s.detail}`
  return `series from the ${s.from}: ${s.detail}`
}
