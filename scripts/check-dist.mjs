// Fails when dist/ is not exactly what the sources build (the "check-dist" idea of
// actions/typescript-action): a committed bundle must never drift from its sources.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from './bundle.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fresh = mkdtempSync(join(tmpdir(), 'oda-dist-'))
try {
  await bundle(fresh)
  const committed = join(root, 'dist')
  const names = new Set([...readdirSync(fresh), ...(existsSync(committed) ? readdirSync(committed) : [])])
  const stale = [...names].filter((n) => {
    const a = join(fresh, n)
    const b = join(committed, n)
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))
  })
  if (stale.length > 0) {
    console.error(`dist/ is out of date (${stale.join(', ')}): run "npm run build" and commit dist/`)
    process.exit(1)
  }
  console.log('dist/ matches the sources')
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
