import type { PyDict } from './dict-entry.ts'

/** An addon whose manifest parsed, as the content and dependency rules see it. */
export interface AddonUnderCheck {
  name: string
  /** Folder relative to the repository root. */
  dir: string
  /** `<dir>/__manifest__.py`. */
  manifestPath: string
  /** The listed repo holding it (`OCA/queue` at `17.0`); undefined for the project's own addons. */
  repo?: { name: string; branch: string }
  manifest: PyDict
  /** True for the project's own addons and for modules listed in the catalog. */
  selected: boolean
  /** The manifest's `installable` as Odoo reads it (default True); Odoo never installs the others. */
  installable: boolean
}

/**
 * `module X (repo OCA/queue@17.0)`, `module X (addons/X)`, or `module X` for an addon at the
 * repository root (OCA layout), where the folder would only repeat the name: how every message
 * names an addon.
 */
export function describeAddon(a: Pick<AddonUnderCheck, 'name' | 'dir' | 'repo'>): string {
  if (a.repo) return `module ${a.name} (repo ${a.repo.name}@${a.repo.branch})`
  return a.dir === a.name ? `module ${a.name}` : `module ${a.name} (${a.dir})`
}
