import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { safeStat } from './safe-stat.ts'

/**
 * The `odoo_version` of `.copier-answers.yml`, which every repository made from the OCA
 * addons template carries (`odoo_version: 17.0`); undefined when absent or not a series.
 */
export function readTemplateSeries(root: string): string | undefined {
  const abs = join(root, '.copier-answers.yml')
  const stat = safeStat(abs)
  if (stat.kind !== 'file' || stat.size > 64 * 1024) return undefined
  try {
    return /^odoo_version:\s*['"]?(\d{1,2}\.0)['"]?\s*$/m.exec(readFileSync(abs, 'utf8'))?.[1]
  } catch {
    return undefined
  }
}
