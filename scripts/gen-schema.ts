// Publishes the JSON Schema of .github/oda.yml (from the zod schema) for editor completion.
// Run: node scripts/gen-schema.ts   (a test fails when schema/oda.schema.json is stale)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderConfigJsonSchema } from '../src/config/render-json-schema.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'schema'), { recursive: true })
writeFileSync(join(root, 'schema', 'oda.schema.json'), renderConfigJsonSchema())
console.log('wrote schema/oda.schema.json')
