import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** 1-based line of the first `'needle'` (quoted) in an addon's manifest, for annotations. */
export function manifestLine(root: string, addonDir: string | undefined, needle: string): number | undefined {
  if (!addonDir) return undefined
  const path = join(root, addonDir, '__manifest__.py')
  if (!existsSync(path)) return undefined
  const lines = readFileSync(path, 'utf8').split('\n')
  const at = lines.findIndex((l) => l.includes(`"${needle}"`) || l.includes(`'${needle}'`))
  return at >= 0 ? at + 1 : undefined
}
