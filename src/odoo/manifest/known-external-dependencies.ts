import { dictEntry, stringItems } from './dict-entry.ts'
import type { AddonsWorkspace } from './load-addons-workspace.ts'

/** A dependency of the checked addons that lives in another repository. */
export interface ExternalDependency {
  name: string
  /** The checked addons that depend on it. */
  usedBy: string[]
  /** `test-requirements.txt:3` when a requirement installs it; undefined when nothing declares it. */
  declaredIn?: string
}

/**
 * The dependencies of the installable checked addons that are neither in the checkout, nor
 * listed in the catalog, nor core addons: what Odoo CI must fetch from other repositories.
 */
export function knownExternalDependencies(ws: AddonsWorkspace): ExternalDependency[] {
  const byName = new Map<string, ExternalDependency>()
  for (const addon of ws.selected) {
    if (!addon.installable) continue
    for (const dep of stringItems(dictEntry(addon.manifest, 'depends')?.value) ?? []) {
      const name = dep.value
      if (ws.parsed.has(name) || ws.listed.has(name) || ws.core.names.has(name)) continue
      const known = byName.get(name)
      if (known) {
        if (!known.usedBy.includes(addon.name)) known.usedBy.push(addon.name)
        continue
      }
      const req = ws.external.required.get(name)
      byName.set(name, { name, usedBy: [addon.name], declaredIn: req ? `${req.file}:${req.line}` : undefined })
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
}
