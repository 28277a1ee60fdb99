import { existsSync, readdirSync } from 'node:fs'
import { join, posix } from 'node:path'
import { readInside } from '../../fs/read-inside.ts'

/** An addon found in the repository. */
export interface RepoAddon {
  name: string
  /** Folder relative to the repository root, forward slashes. */
  dir: string
  depends: string[]
  installable: boolean
  /** False for addons the project vendors (OCA repos): tested when changed, not by `all`. */
  own?: boolean
}

const MANIFESTS = ['__manifest__.py', '__openerp__.py']
/** A manifest is a short literal; the manifest op bounds the rest. */
const MAX_MANIFEST_BYTES = 1024 * 1024

/**
 * Lists the addons under the given repository folders (one addon per sub-folder holding a
 * manifest). Only `depends` and `installable` are read, with a tolerant scan of the literal:
 * enough to order installs and find dependents; full manifest checks are the manifest op's job.
 */
export function listRepoAddons(root: string, addonsDirs: readonly string[]): Map<string, RepoAddon> {
  const out = new Map<string, RepoAddon>()
  for (const rel of addonsDirs) {
    const abs = join(root, rel)
    if (!existsSync(abs)) continue
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || out.has(entry.name)) continue
      // A manifest is repository content: a link out of the checkout is not followed.
      const read = MANIFESTS.map((m) =>
        readInside(root, join(abs, entry.name, m), { maxBytes: MAX_MANIFEST_BYTES }),
      ).find((r) => r.kind === 'bytes')
      if (read?.kind !== 'bytes') continue
      const text = read.bytes.toString('utf8')
      out.set(entry.name, {
        name: entry.name,
        dir: posix.normalize(posix.join(rel.replaceAll('\\', '/'), entry.name)),
        depends: readDepends(text),
        installable: !/["']installable["']\s*:\s*False\b/.test(text),
      })
    }
  }
  return out
}

/** The string literals of the manifest's `depends` list. */
export function readDepends(manifest: string): string[] {
  const m = /["']depends["']\s*:\s*[[(]([^\])]*)[\])]/.exec(manifest)
  if (!m) return []
  return [...m[1]!.replace(/#[^\n]*/g, '').matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!)
}
