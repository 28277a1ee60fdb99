/**
 * Generates what the GitHub simulator validates against and sends, from pinned packages:
 * - src/sim/openapi/api.github.com.subset.json: the operations it serves
 *   (src/sim/served-operations.ts), cut from @octokit/openapi's generated/api.github.com.json
 *   with every component they reference;
 * - src/sim/openapi/webhook-examples.json: the webhook payload templates it retargets, from
 *   @octokit/webhooks-examples, repaired where @octokit/openapi-webhooks rejects them.
 * Both are generated, never edited by hand: run `node scripts/gen-openapi-subset.ts` after
 * changing the served list or upgrading those packages. A unit test checks they are current.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { servedOperations } from '../src/sim/served-operations.ts'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
const isObject = (v: Json | undefined): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const require = createRequire(import.meta.url)
const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'))

export const restSubsetFile = fileURLToPath(new URL('../src/sim/openapi/api.github.com.subset.json', import.meta.url))
export const webhookTemplatesFile = fileURLToPath(new URL('../src/sim/openapi/webhook-examples.json', import.meta.url))

/** Keys dropped from the copy: prose and vendor extensions the validator never reads. */
const dropped = new Set([
  'description',
  'x-github',
  'x-github-releases',
  'x-githubEnterpriseOverlays',
  'x-multi-segment',
  'tags',
])

/** Copies a schema node without prose; `inProperties` keeps a property literally named `description`. */
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

/** The REST subset as text. */
export function buildRestSubset(): string {
  const source = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const spec = readJson(source)
  const pkg = readJson(require.resolve('@octokit/openapi/package.json'))
  if (!isObject(spec) || !isObject(spec.paths) || !isObject(spec.components))
    throw new Error(`${source}: not an OpenAPI document`)
  const { paths, components } = spec
  const refs = new Set<string>()
  const collectRefs = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(collectRefs)
    if (!isObject(node)) return
    for (const [k, v] of Object.entries(node)) {
      if (k !== '$ref' || typeof v !== 'string') {
        collectRefs(v)
        continue
      }
      if (refs.has(v)) continue
      refs.add(v)
      const [, , group = '', name = ''] = v.split('/')
      const from = components[group]
      const found = isObject(from) ? from[name] : undefined
      if (found === undefined) throw new Error(`dangling $ref ${v}`)
      collectRefs(found)
    }
  }
  const outPaths: { [k: string]: { [k: string]: Json } } = {}
  for (const key of servedOperations) {
    const space = key.indexOf(' ')
    const method = key.slice(0, space).toLowerCase()
    const path = key.slice(space + 1)
    const item = paths[path]
    const op = isObject(item) ? item[method] : undefined
    if (!isObject(op)) throw new Error(`${key}: not in ${source}`)
    const kept = trim({
      operationId: op.operationId ?? null,
      summary: op.summary ?? null,
      externalDocs: op.externalDocs ?? null,
      parameters: op.parameters ?? [],
      requestBody: op.requestBody ?? null,
      responses: op.responses ?? {},
    })
    collectRefs(kept)
    outPaths[path] = { ...(outPaths[path] ?? {}), [method]: kept }
  }
  const outComponents: { [k: string]: { [k: string]: Json } } = {}
  for (const ref of [...refs].sort()) {
    const [, , group = '', name = ''] = ref.split('/')
    const from = components[group]
    const value = isObject(from) ? from[name] : undefined
    if (value === undefined) continue
    // Examples are data: they keep every field, prose included.
    outComponents[group] = { ...(outComponents[group] ?? {}), [name]: group === 'examples' ? value : trim(value) }
  }
  const version = isObject(pkg) ? pkg.version : undefined
  const subset = {
    openapi: spec.openapi ?? '3.0.3',
    info: {
      title: 'api.github.com subset served by the oda GitHub simulator',
      version: `@octokit/openapi ${String(version)}`,
    },
    paths: outPaths,
    components: outComponents,
  }
  return JSON.stringify(subset, null, 1) + '\n'
}

/** Events and actions the simulator sends; the first example of each becomes its template. */
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

/** Reads a dotted path (`*` walks every array element) from a template. */
function at(node: Json | undefined, path: string): Json[] {
  let nodes: (Json | undefined)[] = [node]
  for (const k of path.split('.'))
    nodes = nodes.flatMap((n) => (k === '*' && Array.isArray(n) ? n : isObject(n) ? [n[k]] : []))
  return nodes.filter((n): n is Json => n !== undefined)
}
const str = (v: Json[] | undefined): string => (typeof v?.[0] === 'string' ? v[0] : '')
const iso = (v: Json[]): string =>
  new Date(typeof v[0] === 'number' ? v[0] * 1000 : String(v[0])).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * Repairs: where a published example breaks @octokit/openapi-webhooks, the field is set to
 * what GitHub sends (a missing flag at its default, a URL of the right form, an epoch as
 * ISO time). `object.field` is written on every object `object` names.
 */
export const webhookRepairs: Record<string, [string, (t: Json) => Json][]> = {
  'pull_request.opened': [['pull_request.auto_merge', () => null]],
  'pull_request.synchronize': [
    ['pull_request.head.repo.has_discussions', () => false],
    ['pull_request.base.repo.has_discussions', () => false],
  ],
  'pull_request.labeled': [
    ['pull_request.head.repo.has_discussions', () => false],
    ['pull_request.base.repo.has_discussions', () => false],
  ],
  'check_run.rerequested': [
    ['repository.disabled', () => false],
    ['check_run.node_id', (t) => Buffer.from(`08:CheckRun${String(at(t, 'check_run.id')[0])}`).toString('base64')],
    ['check_run.details_url', () => 'https://example.com'],
    ['check_run.app.permissions', () => ({})],
    ['check_run.app.events', () => []],
    ['check_run.app.created_at', (t) => iso(at(t, 'check_run.app.created_at'))],
    ['check_run.app.updated_at', (t) => iso(at(t, 'check_run.app.updated_at'))],
    ['check_run.check_suite.app.permissions', () => ({})],
    ['check_run.check_suite.app.events', () => []],
    ['check_run.check_suite.app.created_at', (t) => iso(at(t, 'check_run.check_suite.app.created_at'))],
    ['check_run.check_suite.app.updated_at', (t) => iso(at(t, 'check_run.check_suite.app.updated_at'))],
  ],
  'issue_comment.created': [
    ['comment.performed_via_github_app', () => null],
    [
      'comment.reactions',
      (t) => ({
        url: `${str(at(t, 'comment.url'))}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      }),
    ],
    ['issue.active_lock_reason', () => null],
    [
      'issue.reactions',
      (t) => ({
        url: `${str(at(t, 'issue.url'))}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      }),
    ],
    ['issue.labels.*.description', () => null],
  ],
  'deployment.created': [
    ['workflow', () => null],
    ['workflow_run', () => null],
  ],
  'workflow_run.completed': [
    ['workflow_run.actor', (t) => at(t, 'sender')[0] ?? null],
    ['workflow_run.triggering_actor', (t) => at(t, 'sender')[0] ?? null],
    ['workflow_run.path', (t) => `.github/workflows/${str(at(t, 'workflow.path')).split('/').pop() || 'build.yml'}`],
  ],
  push: [
    ['repository.has_discussions', () => false],
    ['repository.topics', () => []],
    ['repository.visibility', () => 'public'],
  ],
  'installation.created': [
    ['installation.app_slug', () => 'octoapp'],
    ['installation.created_at', (t) => iso(at(t, 'installation.created_at'))],
    ['installation.updated_at', (t) => iso(at(t, 'installation.updated_at'))],
  ],
}

/** The webhook payload templates as text. */
export function buildWebhookTemplates(): string {
  const examplesFile = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
  const definitions = readJson(examplesFile)
  const templates: { [k: string]: Json } = {}
  for (const [event, actions] of Object.entries(sentWebhooks)) {
    const def = Array.isArray(definitions) ? definitions.find((d) => isObject(d) && d.name === event) : undefined
    const list = isObject(def) && Array.isArray(def.examples) ? def.examples : []
    for (const action of actions) {
      const found = list.find((e) => isObject(e) && (action === '' ? e.action === undefined : e.action === action))
      if (found === undefined) throw new Error(`${examplesFile}: no ${event}.${action} example`)
      templates[action ? `${event}.${action}` : event] = structuredClone(found)
    }
  }
  for (const [name, fixes] of Object.entries(webhookRepairs)) {
    const template = templates[name]
    for (const [path, value] of fixes) {
      const dot = path.lastIndexOf('.')
      const owners = dot < 0 ? [template] : at(template, path.slice(0, dot))
      if (template === undefined || owners.length === 0)
        throw new Error(`repair ${name} ${path}: no such object in the example`)
      for (const owner of owners) if (isObject(owner)) owner[path.slice(dot + 1)] = value(template)
    }
  }
  return JSON.stringify(templates, null, 1) + '\n'
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(restSubsetFile, buildRestSubset())
  writeFileSync(webhookTemplatesFile, buildWebhookTemplates())
  console.log(`wrote ${restSubsetFile} (${servedOperations.length} operations) and ${webhookTemplatesFile}`)
}
