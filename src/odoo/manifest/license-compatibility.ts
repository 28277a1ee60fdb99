/** Odoo's license keys (odoo/modules/module.py), the only values the `license` key may take. */
export const odooLicenses = [
  'GPL-2',
  'GPL-2 or any later version',
  'GPL-3',
  'GPL-3 or any later version',
  'AGPL-3',
  'LGPL-3',
  'Other OSI approved licence',
  'OEEL-1',
  'OPL-1',
  'Other proprietary',
] as const

type Family = 'agpl' | 'gpl3' | 'gpl2only' | 'lgpl' | 'permissive' | 'proprietary'

const FAMILY: Record<string, Family> = {
  'AGPL-3': 'agpl',
  'GPL-3': 'gpl3',
  'GPL-3 or any later version': 'gpl3',
  // "or later" lets the work be taken under GPL-3, so it combines like GPL-3.
  'GPL-2 or any later version': 'gpl3',
  'GPL-2': 'gpl2only',
  'LGPL-3': 'lgpl',
  'Other OSI approved licence': 'permissive',
  'OEEL-1': 'proprietary',
  'OPL-1': 'proprietary',
  'Other proprietary': 'proprietary',
}

// What a module of each family may depend on. Copyleft flows from dependency to dependent:
// a module cannot keep a weaker license than a copyleft module it builds on.
const MAY_DEPEND_ON: Record<Family, readonly Family[]> = {
  agpl: ['agpl', 'gpl3', 'lgpl', 'permissive'],
  gpl3: ['agpl', 'gpl3', 'lgpl', 'permissive'],
  gpl2only: ['gpl2only', 'permissive'],
  lgpl: ['lgpl', 'permissive'],
  permissive: ['lgpl', 'permissive'],
  proprietary: ['lgpl', 'permissive', 'proprietary'],
}

/**
 * Why `dependent` (license) may not depend on `dependency` (license), or undefined when it
 * may. Unknown licenses are someone else's finding and pass here.
 */
export function licenseConflict(dependent: string, dependency: string): string | undefined {
  const a = FAMILY[dependent]
  const b = FAMILY[dependency]
  if (a === undefined || b === undefined || MAY_DEPEND_ON[a].includes(b)) return undefined
  if (b === 'proprietary') return `a ${dependent} module may not depend on proprietary code (${dependency})`
  if (a === 'proprietary') return `proprietary code may not build on copyleft ${dependency} code`
  if (a === 'gpl2only' || b === 'gpl2only')
    return `GPL-2-only and ${a === 'gpl2only' ? dependency : dependent} are incompatible`
  return `${dependent} is weaker than the ${dependency} it builds on; the combined work must be ${dependency}`
}
