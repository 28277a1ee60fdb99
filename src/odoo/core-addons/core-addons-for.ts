import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { safeStat } from '../layout/safe-stat.ts'
import { coreAddons16 } from './core-addons-16.ts'
import { coreAddons17 } from './core-addons-17.ts'
import { coreAddons18 } from './core-addons-18.ts'

/** The Odoo core addons a dependency may name, and how sure the list is. */
export interface CoreAddons {
  names: ReadonlySet<string>
  /** `source` when read from an Odoo tree (complete), `shipped` for oda's built-in list. */
  origin: 'source' | 'shipped' | 'none'
}

const SHIPPED: Record<string, readonly string[]> = { '16.0': coreAddons16, '17.0': coreAddons17, '18.0': coreAddons18 }

/**
 * Core addons of `series`: every folder with a `__manifest__.py` under `<odooSource>/addons`
 * and `<odooSource>/odoo/addons` when an Odoo source tree is given (exact), else the list oda
 * ships for 16.0, 17.0 and 18.0 (the common addons, without localisations and test addons).
 */
export function coreAddonsFor(series: string, odooSource?: string): CoreAddons {
  if (odooSource) {
    const names = new Set<string>()
    for (const dir of [join(odooSource, 'addons'), join(odooSource, 'odoo', 'addons')]) {
      if (safeStat(dir).kind !== 'dir') continue
      for (const name of readdirSync(dir))
        if (safeStat(join(dir, name, '__manifest__.py')).kind === 'file') names.add(name)
    }
    if (names.size > 0) return { names, origin: 'source' }
  }
  const shipped = SHIPPED[series]
  return shipped ? { names: new Set(shipped), origin: 'shipped' } : { names: new Set(['base', 'web']), origin: 'none' }
}

/** Names that are Odoo core on every series but are not in the shipped lists (localisations, test addons). */
export function looksLikeCoreAddon(name: string): boolean {
  return /^(l10n_|test_|theme_)/.test(name)
}
