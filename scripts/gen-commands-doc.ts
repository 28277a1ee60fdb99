// Rewrites the command table of docs/commands.md from the command specs (the ops' schemas).
// Run: node scripts/gen-commands-doc.ts   (a test fails when the table is stale)
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { commandSpecs } from '../src/commands/command-specs.ts'
import { renderCommandsTable, updateCommandsDoc } from '../src/commands/render-commands-table.ts'
import { allOps } from '../src/ops/registry.ts'

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'commands.md')
writeFileSync(path, updateCommandsDoc(readFileSync(path, 'utf8'), renderCommandsTable(commandSpecs(allOps()))))
console.log('updated docs/commands.md command table')
