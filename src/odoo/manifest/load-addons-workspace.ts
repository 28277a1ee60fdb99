import { join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import { coreAddonsFor } from '../core-addons/core-addons-for.ts'
import type { CoreAddons } from '../core-addons/core-addons-for.ts'
import type { AddonsGraph } from '../graph/addons-graph.ts'
import { buildAddonsGraph } from '../graph/build-addons-graph.ts'
import type { DiscoveredAddon } from '../layout/discovered-addon.ts'
import { isOutside, loadLayout } from '../layout/load-layout.ts'
import { toPosixRelative } from '../layout/to-posix-relative.ts'
import type { Layout } from '../layout/load-layout.ts'
import { safeStat } from '../layout/safe-stat.ts'
import { scanAddonsPaths } from '../layout/scan-addons-paths.ts'
import type { AddonUnderCheck } from './addon-under-check.ts'
import { dictEntry, dictString, stringItems } from './dict-entry.ts'
import { readManifestFile } from './read-manifest-file.ts'

/** Where to look and what to assume; mirrors the `manifest:` config section. */
export interface WorkspaceSettings {
  root: string
  series: string
  reposFile: string
  mountsFile: string
  addonsPaths: readonly string[]
  odooSourcePath: string
  maxManifestBytes: number
}

/** Everything the manifest ops need about a checkout: layout, addons on disk, parsed manifests, graph. */
export interface AddonsWorkspace {
  root: string
  series: string
  layout: Layout
  discovered: DiscoveredAddon[]
  /** Parsed addons by name (the first addons path wins, as in Odoo). */
  parsed: Map<string, AddonUnderCheck>
  /** The project's own addons and the listed modules. */
  selected: AddonUnderCheck[]
  listed: Map<string, { repo: string; branch: string }>
  core: CoreAddons
  graph: AddonsGraph
  /** Scan and parse problems, already at the right level. */
  findings: Finding[]
}

/**
 * Reads the layout files, scans the addons paths (mounts, configured paths, the project's
 * addons root, listed repos), parses every manifest and builds the addons graph.
 */
export function loadAddonsWorkspace(s: WorkspaceSettings): AddonsWorkspace {
  const layout = loadLayout({ root: s.root, reposFile: s.reposFile, mountsFile: s.mountsFile })
  const repoOf = (dir: string): string | undefined =>
    layout.repos.find((r) => dir === r.path || dir.startsWith(r.path + '/'))?.name
  const paths = [
    ...(layout.mounts ?? []).map((m) => m.path),
    ...s.addonsPaths,
    layout.customRoot,
    ...layout.repos.map((r) => r.path),
  ].filter((p) => !isOutside(toPosixRelative(s.root, resolve(s.root, p))))
  const scan = scanAddonsPaths({ root: s.root, paths, repoOf })
  const findings = [...scan.findings]
  const listed = new Map<string, { repo: string; branch: string }>()
  for (const r of layout.repos)
    for (const m of r.modules) if (!listed.has(m.name)) listed.set(m.name, { repo: r.name, branch: r.branch })
  const series = resolveSeries(s.series, layout)
  const parsed = new Map<string, AddonUnderCheck>()
  const selected: AddonUnderCheck[] = []
  for (const d of scan.addons) {
    const manifestPath = `${d.dir}/__manifest__.py`
    const repo = layout.repos.find((r) => r.name === d.repo)
    const isSelected = repo === undefined || repo.modules.some((m) => m.name === d.name)
    if (parsed.has(d.name)) {
      const first = parsed.get(d.name)
      if (isSelected)
        findings.push({
          path: manifestPath,
          line: 1,
          level: 'warning',
          ruleId: 'manifest/addon-duplicate',
          message: `addon ${d.name} exists twice, in ${first?.dir} and ${d.dir}: Odoo uses the first addons path that has it (${first?.dir})`,
        })
      continue
    }
    const read = readManifestFile(resolve(s.root, manifestPath), s.maxManifestBytes)
    if (!read.ok) {
      const p = read.problem
      findings.push({
        path: manifestPath,
        line: p.line,
        column: p.column,
        level: isSelected ? 'failure' : 'warning',
        ruleId: p.ruleId,
        message: `${d.name}: ${p.message}`,
      })
      continue
    }
    const addon: AddonUnderCheck = {
      name: d.name,
      dir: d.dir,
      manifestPath,
      repo: repo ? { name: repo.name, branch: repo.branch } : undefined,
      manifest: read.manifest,
      selected: isSelected,
    }
    if (isSelected && safeStat(resolve(s.root, d.dir, '__init__.py')).kind !== 'file' && repo === undefined) {
      findings.push({
        path: manifestPath,
        line: 1,
        level: 'failure',
        ruleId: 'manifest/module-not-addon',
        message: `module ${d.name} (${d.dir}) has no __init__.py, so Odoo cannot import it`,
      })
    }
    parsed.set(d.name, addon)
    if (isSelected) selected.push(addon)
  }
  const core = coreAddonsFor(series, s.odooSourcePath ? resolve(s.root, s.odooSourcePath) : undefined)
  if (s.odooSourcePath && core.origin !== 'source') {
    findings.push({
      path: '.github/oda.yml',
      line: 1,
      level: 'warning',
      ruleId: 'manifest/odoo-source',
      message: `manifest.odooSourcePath ${s.odooSourcePath} holds no addons (looked in ${join(s.odooSourcePath, 'addons')} and ${join(s.odooSourcePath, 'odoo/addons')}); using oda's shipped ${series} core list`,
    })
  }
  const graph = buildAddonsGraph({
    repos: [
      ...layout.repos.map((r) => ({
        name: r.name,
        path: r.path,
        branch: r.branch,
        addons: [...parsed.values()].filter((a) => a.repo?.name === r.name).map((a) => a.name),
      })),
      { name: '.', path: layout.customRoot, addons: [...parsed.values()].filter((a) => !a.repo).map((a) => a.name) },
    ],
    addons: [...parsed.values()].map((a) => ({
      name: a.name,
      path: a.dir,
      repo: a.repo?.name,
      manifestPath: a.manifestPath,
      summary: dictString(a.manifest, 'summary') ?? dictString(a.manifest, 'name') ?? '',
      version: dictString(a.manifest, 'version'),
      license: dictString(a.manifest, 'license'),
      depends: (stringItems(dictEntry(a.manifest, 'depends')?.value) ?? []).map((d) => ({
        name: d.value,
        line: d.line,
        column: d.column,
      })),
    })),
    isCore: (n) => core.names.has(n),
  })
  return { root: s.root, series, layout, discovered: scan.addons, parsed, selected, listed, core, graph, findings }
}

/** `auto`: the catalog's `series`, else the branch most listed repos use, else 17.0. */
function resolveSeries(configured: string, layout: Layout): string {
  if (configured !== 'auto') return configured
  if (layout.catalog?.series) return layout.catalog.series
  const counts = new Map<string, number>()
  for (const r of layout.repos) if (/^\d+\.0$/.test(r.branch)) counts.set(r.branch, (counts.get(r.branch) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? '17.0'
}
