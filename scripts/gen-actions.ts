// Writes actions/<name>/action.yml for every op that declares `action`, and the umbrella
// action.yml, from the op schemas: the schema is the single source of every face's inputs.
// Run: node scripts/gen-actions.ts   (the contract test fails when the files are stale)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderActionFiles } from '../src/action/render-action-yml.ts'
import { allOps } from '../src/ops/registry.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const [path, text] of renderActionFiles(allOps())) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
  console.log(`wrote ${path}`)
}
