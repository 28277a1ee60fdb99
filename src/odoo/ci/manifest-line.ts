import { readInside } from '../../fs/read-inside.ts'
import { join } from 'node:path'

/** 1-based line of the first `'needle'` (quoted) in an addon's manifest, for annotations. */
export function manifestLine(root: string, addonDir: string | undefined, needle: string): number | undefined {
  if (!addonDir) return undefined
  const read = readInside(root, join(addonDir, '__manifest__.py'), { maxBytes: 1024 * 1024 })
  if (read.kind !== 'bytes') return undefined
  const lines = read.bytes.toString('utf8').split('\n')
  const at = lines.findIndex((l) => l.includes(`"${needle}"`) || l.includes(`'${needle}'`))
  return at >= 0 ? at + 1 : undefined
}
