import { posix } from 'node:path'

/** How container paths become repository paths. */
export interface PathMapping {
  /** Container prefix -> repository folder (`/mnt/extra-addons` -> `addons`). */
  pathMap: Readonly<Record<string, string>>
  /** Addon name -> its folder in the repository, for paths no prefix covers. */
  addonDirs?: ReadonlyMap<string, string>
}

/**
 * Maps a file path printed by Odoo (inside a container or another checkout) to a path
 * relative to the repository root. The longest matching prefix of `pathMap` wins; otherwise
 * a path through a known addon folder (`.../<addon>/tests/x.py`) is re-rooted there.
 * Returns undefined when the file is not part of the repository (Odoo core, a library).
 */
export function mapContainerPath(file: string, m: PathMapping): string | undefined {
  let best: string | undefined
  for (const prefix of Object.keys(m.pathMap)) {
    const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix
    if ((file === p || file.startsWith(p + '/')) && (best === undefined || p.length > best.length)) best = p
  }
  if (best !== undefined) {
    const target = m.pathMap[best] ?? m.pathMap[best + '/'] ?? ''
    return clean(posix.join(target, file.slice(best.length)))
  }
  if (m.addonDirs) {
    for (const [addon, dir] of m.addonDirs) {
      const at = file.lastIndexOf(`/${addon}/`)
      if (at >= 0) return clean(posix.join(dir, file.slice(at + addon.length + 2)))
    }
  }
  return undefined
}

function clean(p: string): string {
  const n = posix.normalize(p)
  return n.startsWith('./') ? n.slice(2) : n.replace(/^\/+/, '')
}
