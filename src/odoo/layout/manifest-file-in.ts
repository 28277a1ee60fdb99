import { join } from 'node:path'
import { safeStat } from './safe-stat.ts'

/** The manifest names Odoo looks for in an addon folder, in its order (`__openerp__.py` is still read by 16.0-18.0). */
export const MANIFEST_NAMES = ['__manifest__.py', '__openerp__.py'] as const

/** The manifest file name in folder `abs` (a regular file, links followed), or undefined when it is no addon. */
export function manifestFileIn(abs: string): (typeof MANIFEST_NAMES)[number] | undefined {
  for (const name of MANIFEST_NAMES) if (safeStat(join(abs, name)).kind === 'file') return name
  return undefined
}
