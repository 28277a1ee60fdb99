import type { OdaConfig } from '../../config/schema.ts'
import { loadAddonsWorkspace } from '../manifest/load-addons-workspace.ts'
import type { RepoAddon } from './list-repo-addons.ts'

/**
 * The addons of a checkout as the addons graph sees them (the project's own addons, vendored
 * OCA repos, mounts; manifests parsed like Python's `ast.literal_eval`), so selection follows
 * dependencies through vendored addons too. Layout problems are the manifest check's to
 * report: when the checkout cannot be read this way, the result is empty.
 */
export function addonsFromGraph(root: string, manifest: OdaConfig['manifest']): Map<string, RepoAddon> {
  const out = new Map<string, RepoAddon>()
  try {
    const w = loadAddonsWorkspace({ root, series: manifest.series, reposFile: manifest.reposFile, mountsFile: manifest.mountsFile, addonsPaths: manifest.addonsPaths, odooSourcePath: manifest.odooSourcePath, maxManifestBytes: manifest.maxManifestBytes })
    for (const a of w.graph.addons.values()) {
      if (!a.onDisk) continue
      const depends = (w.graph.out.get(a.name) ?? []).map((e) => e.to)
      out.set(a.name, { name: a.name, dir: a.path, depends, installable: true, own: a.kind === 'custom' })
    }
  } catch {
    // Unreadable layout files: the manifest check names them; selection falls back to the folders.
  }
  return out
}

/** Folder-scanned addons (authoritative for `installable`) completed with what the graph adds. */
export function mergeAddons(scanned: ReadonlyMap<string, RepoAddon>, graph: ReadonlyMap<string, RepoAddon>): Map<string, RepoAddon> {
  const merged = new Map(scanned)
  for (const [name, a] of graph) if (!merged.has(name)) merged.set(name, a)
  return merged
}
