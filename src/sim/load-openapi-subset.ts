import { readFileSync } from 'node:fs'
import { findPackagePath } from './find-package-path.ts'
import { isJsonObject, type Json, type JsonObject } from './json.ts'

/**
 * Loads the committed OpenAPI subset and rewrites the OpenAPI 3.0 `nullable` idiom into
 * JSON Schema that Ajv accepts: `nullable` without `type` becomes `anyOf [null, …]`, and a
 * nullable `enum` gains `null` (GitHub sends `"conclusion": null`, which the enum omits).
 */
export function loadOpenapiSubset(): JsonObject {
  const subsetFile = findPackagePath('src/sim/openapi/api.github.com.subset.json')
  const parsed: Json = JSON.parse(readFileSync(subsetFile, 'utf8'))
  const doc = normalizeNullable(parsed)
  if (!isJsonObject(doc) || !isJsonObject(doc.paths))
    throw new Error(`${subsetFile}: not an OpenAPI document; run node scripts/gen-openapi-subset.ts`)
  return doc
}

function normalizeNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalizeNullable)
  if (!isJsonObject(node)) return node
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(node)) out[k] = normalizeNullable(v)
  if (out.nullable !== true) return out
  delete out.nullable
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] }
  return { anyOf: [{ type: 'null' }, out] }
}
