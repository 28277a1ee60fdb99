import { join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import { coreAddonsFor } from '../core-addons/core-addons-for.ts'
import type { CoreAddons } from '../core-addons/core-addons-for.ts'
import type { AddonsGraph } from '../graph/addons-graph.ts'
import { buildAddonsGraph } from '../graph/build-addons-graph.ts'
import { detectAddonsPaths, MAX_DETECT_FOLDERS } from '../layout/detect-addons-paths.ts'
import type { DiscoveredAddon } from '../layout/discovered-addon.ts'
import { isOutside, loadLayout } from '../layout/load-layout.ts'
import type { Layout } from '../layout/load-layout.ts'
import { readExternalAddons } from '../layout/read-external-addons.ts'
import { readTemplateSeries } from '../layout/read-template-series.ts'
import type { ExternalAddons } from '../layout/read-external-addons.ts'
import { safeStat } from '../layout/safe-stat.ts'
import { scanAddonsPaths } from '../layout/scan-addons-paths.ts'
import { toPosixRelative } from '../layout/to-posix-relative.ts'
import type { AddonUnderCheck } from './addon-under-check.ts'
import { formatCount } from './count-of.ts'
import { dictEntry, dictString, isTruthy, stringItems } from './dict-entry.ts'
import { readManifestFile } from './read-manifest-file.ts'
import { resolveSeries } from './resolve-series.ts'
import type { ResolvedSeries } from './resolve-series.ts'

/** Where to look and what to assume; mirrors the `manifest:` config section. */
export interface WorkspaceSettings {
  root: string
  series: string
  reposFile: string
  mountsFile: string
  addonsPaths: readonly string[]
  odooSourcePath: string
  maxManifestBytes: number
  /** The checkout's branch (or the PR's base branch), a hint for `series: auto`. */
  branch?: string
}

/** The addons folders scanned, and why these. */
export interface AddonsPaths {
  /** Relative to the root; `.` is the root itself. */
  paths: string[]
  /** `mounts`: the mounts file; `config`: manifest.addonsPaths; `detected`: found by looking (no configuration). */
  from: 'mounts' | 'config' | 'detected'
}

/** Everything the manifest ops need about a checkout: layout, addons on disk, parsed manifests, graph. */
export interface AddonsWorkspace {
  root: string
  series: string
  seriesFrom: ResolvedSeries
  layout: Layout
  addonsPaths: AddonsPaths
  discovered: DiscoveredAddon[]
  /** Parsed addons by name (the first addons path wins, as in Odoo). */
  parsed: Map<string, AddonUnderCheck>
  /** The project's own addons and the listed modules. */
  selected: AddonUnderCheck[]
  listed: Map<string, { repo: string; branch: string }>
  /** Addons of other repositories the repository declares (requirements, oca_dependencies.txt). */
  external: ExternalAddons
  core: CoreAddons
  graph: AddonsGraph
  /** Scan and parse problems, already at the right level. */
  findings: Finding[]
}

/**
 * Reads the layout files, finds the addons paths (mounts or configured paths, else detected:
 * the root, `addons/` or any folder holding addons), scans them and the listed repos, parses
 * every manifest, settles the series and builds the addons graph.
 */
export function loadAddonsWorkspace(s: WorkspaceSettings): AddonsWorkspace {
  const layout = loadLayout({ root: s.root, reposFile: s.reposFile, mountsFile: s.mountsFile })
  const repoOf = (dir: string): string | undefined =>
    layout.repos.find((r) => dir === r.path || dir.startsWith(r.path + '/'))?.name
  const findings: Finding[] = []
  const addonsPaths = chooseAddonsPaths(s, layout, findings)
  const paths = [...addonsPaths.paths, ...layout.repos.map((r) => r.path)].filter(
    (p) => !isOutside(toPosixRelative(s.root, resolve(s.root, p))),
  )
  const scan = scanAddonsPaths({ root: s.root, paths, repoOf })
  findings.push(...scan.findings)
  const listed = new Map<string, { repo: string; branch: string }>()
  for (const r of layout.repos)
    for (const m of r.modules) if (!listed.has(m.name)) listed.set(m.name, { repo: r.name, branch: r.branch })
  const parsed = new Map<string, AddonUnderCheck>()
  const selected: AddonUnderCheck[] = []
  for (const d of scan.addons) {
    const manifestPath = `${d.dir}/${d.manifestFile}`
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
      installable: isTruthy(dictEntry(read.manifest, 'installable')?.value, true),
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
  const seriesFrom = resolveSeries({
    configured: s.series,
    versions: selected.flatMap((a) => (a.installable ? [dictString(a.manifest, 'version') ?? ''] : [])),
    branch: s.branch,
    templateSeries: readTemplateSeries(s.root),
    catalogSeries: layout.catalog?.series,
    repoBranches: layout.repos.map((r) => r.branch),
  })
  const series = seriesFrom.series
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
      {
        name: '.',
        path: addonsPaths.paths[0] ?? layout.customRoot,
        addons: [...parsed.values()].filter((a) => !a.repo).map((a) => a.name),
      },
    ],
    addons: [...parsed.values()].map((a) => ({
      name: a.name,
      path: a.dir,
      repo: a.repo?.name,
      manifestPath: a.manifestPath,
      summary: dictString(a.manifest, 'summary') ?? dictString(a.manifest, 'name') ?? '',
      version: dictString(a.manifest, 'version'),
      license: dictString(a.manifest, 'license'),
      installable: a.installable,
      depends: (stringItems(dictEntry(a.manifest, 'depends')?.value) ?? []).map((d) => ({
        name: d.value,
        line: d.line,
        column: d.column,
      })),
    })),
    isCore: (n) => core.names.has(n),
  })
  return {
    root: s.root,
    series,
    seriesFrom,
    layout,
    addonsPaths,
    discovered: scan.addons,
    parsed,
    selected,
    listed,
    external: readExternalAddons(s.root),
    core,
    graph,
    findings,
  }
}

/**
 * The mounts file (with manifest.addonsPaths and the catalog's own-addons root) when there is
 * one, else manifest.addonsPaths when set, else the folders detected in the checkout, leaving
 * out what the catalog covers (listed repos, `roots.oca_root`) and the Odoo source tree.
 */
function chooseAddonsPaths(s: WorkspaceSettings, layout: Layout, findings: Finding[]): AddonsPaths {
  if (layout.mounts !== undefined)
    return { paths: [...layout.mounts.map((m) => m.path), ...s.addonsPaths, layout.customRoot], from: 'mounts' }
  if (s.addonsPaths.length > 0) return { paths: [...s.addonsPaths, layout.customRoot], from: 'config' }
  const exclude = [
    ...layout.repos.map((r) => r.path),
    ...(layout.catalog ? [toPosixRelative(s.root, resolve(s.root, layout.catalog.roots.oca_root))] : []),
    ...(s.odooSourcePath ? [toPosixRelative(s.root, resolve(s.root, s.odooSourcePath))] : []),
  ]
  const detected = detectAddonsPaths({ root: s.root, exclude })
  if (detected.truncated)
    findings.push({
      path: '.',
      line: 1,
      level: 'warning',
      ruleId: 'manifest/layout-incomplete',
      message: `stopped looking for addons folders after ${formatCount(MAX_DETECT_FOLDERS)} folders, so some addons may not be checked: list them in manifest.addonsPaths`,
    })
  return { paths: detected.paths.length > 0 ? detected.paths : [layout.customRoot], from: 'detected' }
}
