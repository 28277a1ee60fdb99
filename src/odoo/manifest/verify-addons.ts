import type { Finding, FindingLevel } from '../../op/report.ts'
import { checkLayout } from '../layout/check-layout.ts'
import { checkDependencies } from './check-dependencies.ts'
import { checkManifestContent } from './check-manifest-content.ts'
import type { AddonsWorkspace } from './load-addons-workspace.ts'

/** Rule settings of the `manifest:` config section. */
export interface VerifyRules {
  reposFile: string
  mountsFile: string
  allowedLicenses: readonly string[]
  requiredKeys: readonly string[]
  /** Per-rule level override; `off` drops the rule's findings. */
  severities: Readonly<Record<string, FindingLevel | 'off'>>
  /** Checked-out branch per repo folder (relative path), for repos that are git checkouts. */
  branches: ReadonlyMap<string, string | undefined>
}

/** Every manifest.verify finding for a loaded workspace, sorted by file and line, levels overridden. */
export function verifyAddons(ws: AddonsWorkspace, rules: VerifyRules): Finding[] {
  const findings: Finding[] = [
    ...ws.layout.findings,
    ...checkLayout({
      root: ws.root,
      layout: ws.layout,
      series: ws.series,
      reposFile: rules.reposFile,
      mountsFile: rules.mountsFile,
      branches: rules.branches,
    }),
    ...ws.findings,
  ]
  for (const addon of ws.selected) {
    findings.push(
      ...checkManifestContent({
        root: ws.root,
        addon,
        series: ws.series,
        allowedLicenses: rules.allowedLicenses,
        requiredKeys: rules.requiredKeys,
      }),
    )
  }
  findings.push(
    ...checkDependencies({
      selected: ws.selected,
      onDisk: ws.parsed,
      listed: ws.listed,
      external: ws.external,
      hasCatalog: ws.layout.catalog !== undefined,
      series: ws.series,
      core: ws.core,
      graph: ws.graph,
      reposFile: rules.reposFile,
    }),
  )
  return findings
    .flatMap((f) => {
      const level = rules.severities[f.ruleId]
      return level === 'off' ? [] : [level ? { ...f, level } : f]
    })
    .sort(
      (a, b) =>
        a.path.localeCompare(b.path) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.ruleId.localeCompare(b.ruleId),
    )
}
