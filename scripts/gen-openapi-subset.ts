/**
 * Writes src/sim/openapi/api.github.com.subset.json: the operations the GitHub simulator
 * serves (src/sim/served-operations.ts), cut from @octokit/openapi's
 * generated/api.github.com.json with every component they reference. The output is
 * generated, never edited by hand: run `node scripts/gen-openapi-subset.ts` after
 * changing the served list or upgrading @octokit/openapi.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { servedOperations } from '../src/sim/served-operations.ts'

const require = createRequire(import.meta.url)
const source = require.resolve('@octokit/openapi/generated/api.github.com.json')
const target = fileURLToPath(new URL('../src/sim/openapi/api.github.com.subset.json', import.meta.url))
const pkg: unknown = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'))

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v)

const spec: Json = JSON.parse(readFileSync(source, 'utf8'))
if (!isObject(spec) || !isObject(spec.paths) || !isObject(spec.components)) throw new Error(`${source}: not an OpenAPI document`)
const paths = spec.paths
const components = spec.components

/** Keys dropped from the copy: prose and vendor extensions the validator never reads. */
const dropped = new Set(['description', 'x-github', 'x-github-releases', 'x-githubEnterpriseOverlays', 'x-multi-segment', 'tags'])

/** Copies a node without prose; `inProperties` keeps a property literally named `description`. */
function trim(node: Json, inProperties = false): Json {
  if (Array.isArray(node)) return node.map((n) => trim(n))
  if (!isObject(node)) return node
  const out: { [k: string]: Json } = {}
  for (const [k, v] of Object.entries(node)) {
    if (!inProperties && k === 'example') continue
    if (!inProperties && k === 'value') {
      out[k] = v
      continue
    }
    if (!inProperties && dropped.has(k) && (typeof v === 'string' || k.startsWith('x-') || k === 'tags')) continue
    out[k] = trim(v, k === 'properties' && isObject(v))
  }
  return out
}

const refs = new Set<string>()
function collectRefs(node: Json): void {
  if (Array.isArray(node)) return node.forEach(collectRefs)
  if (!isObject(node)) return
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      if (refs.has(v)) continue
      refs.add(v)
      const [, , group, name] = v.split('/')
      const target = group && name ? components[group] : undefined
      const found = isObject(target) ? target[name ?? ''] : undefined
      if (found === undefined) throw new Error(`dangling $ref ${v}`)
      collectRefs(found)
    } else collectRefs(v)
  }
}

const outPaths: { [k: string]: { [k: string]: Json } } = {}
for (const key of servedOperations) {
  const [method, path] = key.split(' ') as [string, string]
  const item = paths[path]
  const op = isObject(item) ? item[method.toLowerCase()] : undefined
  if (!isObject(op)) throw new Error(`${key}: not in ${source}`)
  const kept: Json = trim({ operationId: op.operationId ?? null, summary: op.summary ?? null, externalDocs: op.externalDocs ?? null, parameters: op.parameters ?? [], requestBody: op.requestBody ?? null, responses: op.responses ?? {} })
  collectRefs(kept)
  outPaths[path] = { ...(outPaths[path] ?? {}), [method.toLowerCase()]: kept }
}

const outComponents: { [k: string]: { [k: string]: Json } } = {}
for (const ref of [...refs].sort()) {
  const [, , group = '', name = ''] = ref.split('/')
  const from = components[group]
  if (!isObject(from) || from[name] === undefined) continue
  // Examples are data: they keep every field, prose included.
  outComponents[group] = { ...(outComponents[group] ?? {}), [name]: group === 'examples' ? from[name] : trim(from[name]) }
}

const version = isObject(pkg as Json) ? (pkg as { version?: string }).version : undefined
const subset = { openapi: spec.openapi ?? '3.0.3', info: { title: 'api.github.com subset served by the oda GitHub simulator', version: `@octokit/openapi ${version}` }, paths: outPaths, components: outComponents }
writeFileSync(target, JSON.stringify(subset, null, 1) + '\n')
console.log(`wrote ${target}: ${servedOperations.length} operations, ${refs.size} components`)

// Webhook payload templates: the first example of each event and action the simulator
// sends, from @octokit/webhooks-examples. Sandbox mode ships without dev dependencies,
// so the templates are committed next to the REST subset.
const sentWebhooks: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened', 'ready_for_review', 'closed', 'labeled'],
  check_run: ['created', 'completed', 'rerequested', 'requested_action'],
  check_suite: ['requested', 'rerequested', 'completed'],
  issue_comment: ['created', 'edited', 'deleted'],
  deployment: ['created'],
  deployment_status: ['created'],
  workflow_run: ['requested', 'completed'],
  push: [''],
  installation: ['created'],
}
const examplesFile = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
const definitions: unknown = JSON.parse(readFileSync(examplesFile, 'utf8'))
const templates: { [k: string]: Json } = {}
for (const [event, actions] of Object.entries(sentWebhooks)) {
  const def = Array.isArray(definitions) ? definitions.find((d: unknown) => isObject(d as Json) && (d as { name?: string }).name === event) : undefined
  const list: Json[] = def && Array.isArray(def.examples) ? def.examples : []
  for (const action of actions) {
    const found = list.find((e) => isObject(e) && (action === '' ? e.action === undefined : e.action === action))
    if (found === undefined) throw new Error(`${examplesFile}: no ${event}.${action} example`)
    templates[action ? `${event}.${action}` : event] = found
  }
}
const templatesTarget = fileURLToPath(new URL('../src/sim/openapi/webhook-examples.json', import.meta.url))
writeFileSync(templatesTarget, JSON.stringify(templates, null, 1) + '\n')
console.log(`wrote ${templatesTarget}: ${Object.keys(templates).length} payload templates`)
