import type { OdaConfig } from '../../config/schema.ts'
import { loadAddonsWorkspace } from '../manifest/load-addons-workspace.ts'
import { affectedAddons } from '../graph/affected-addons.ts'
import type { RepoAddon } from './list-repo-addons.ts'

/** What the addons graph says a change affects. */
export interface GraphAffected {
  changed: string[]
  dependents: string[]
}

/** The graph's view of a checkout: its addons, and `affected` for a set of changed files. */
export interface GraphView {
  addons: Map<string, RepoAddon>
  affected: (changedFiles: readonly string[]) => GraphAffected
}

/**
 * The addons of a checkout as the addons graph sees them (the project's own addons, vendored
 * OCA repos, mounts; manifests parsed like Python's `ast.literal_eval`), so selection follows
 * dependencies through vendored addons too. Layout problems are the manifest check's to
 * report: when the checkout cannot be read this way, the result is empty.
 */
export function addonsFromGraph(root: string, manifest: OdaConfig['manifest']): GraphView | undefined {
  try {
    const w = loadAddonsWorkspace({
      root,
      series: manifest.series,
      reposFile: manifest.reposFile,
      mountsFile: manifest.mountsFile,
      addonsPaths: manifest.addonsPaths,
      odooSourcePath: manifest.odooSourcePath,
      maxManifestBytes: manifest.maxManifestBytes,
    })
    const addons = new Map<string, RepoAddon>()
    for (const a of w.graph.addons.values()) {
      if (!a.onDisk) continue
      const depends = (w.graph.out.get(a.name) ?? []).map((e) => e.to)
      addons.set(a.name, { name: a.name, dir: a.path, depends, installable: true, own: a.kind === 'custom' })
    }
    if (addons.size === 0) return undefined
    const addonDirs = w.discovered.map((d) => ({ name: d.name, dir: d.dir }))
    const scope = new Set(w.selected.map((a) => a.name))
    return {
      addons,
      // The same answer `oda manifest affected` gives: changed addons plus their dependents among the checked ones.
      affected: (changedFiles) => {
        const found = affectedAddons({ graph: w.graph, changedFiles, addonDirs, scope }).affected
        return {
          changed: found.filter((a) => a.reason !== 'dependent').map((a) => a.addon),
          dependents: found.filter((a) => a.reason === 'dependent').map((a) => a.addon),
        }
      },
    }
  } catch {
    // Unreadable layout files: the manifest check names them; selection falls back to the folders.
    return undefined
  }
}

/** Folder-scanned addons (authoritative for `installable`) completed with what the graph adds. */
export function mergeAddons(
  scanned: ReadonlyMap<string, RepoAddon>,
  graph: ReadonlyMap<string, RepoAddon>,
): Map<string, RepoAddon> {
  const merged = new Map(scanned)
  for (const [name, a] of graph) if (!merged.has(name)) merged.set(name, a)
  return merged
}
