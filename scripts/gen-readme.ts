// Rewrites the README's table of operations from the registry.
// Run: node scripts/gen-readme.ts   (a test fails when the table is stale)
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderOpsTable, updateReadmeOps } from '../src/cli/render-ops-table.ts'
import { allOps } from '../src/ops/registry.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const path = join(root, 'README.md')
writeFileSync(path, updateReadmeOps(readFileSync(path, 'utf8'), renderOpsTable(allOps(), root)))
console.log('updated README.md operations table')
