// Runs every benchmark in bench/ one after another (never in parallel: they measure time).
// Usage: npm run bench [-- name ...]   e.g. npm run bench -- engine secrets
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const wanted = process.argv.slice(2)
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')))
let failed = 0
for (const f of files.sort()) {
  console.log(`\n=== bench/${f}`)
  const r = spawnSync(process.execPath, [join(root, 'bench', f)], { stdio: 'inherit', cwd: root })
  if (r.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
