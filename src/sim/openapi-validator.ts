import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { isJsonObject, type Json, type JsonObject } from './json.ts'
import { loadOpenapiSubset } from './load-openapi-subset.ts'
import { servedOperations, type ServedOperation } from './served-operations.ts'

/** One schema complaint, with the JSON path GitHub's description was checked at. */
export interface SchemaError {
  /** JSON pointer into the checked value (`/output/annotations/0/path`). */
  at: string
  message: string
}

/** What the validator knows about one served operation. */
export interface OperationSchema {
  key: ServedOperation
  operationId: string
  docsUrl: string
  /** Validates and coerces path parameters in place. */
  checkPath(params: Record<string, unknown>): SchemaError[]
  /** Validates and coerces query parameters in place (unknown ones are ignored, as GitHub does). */
  checkQuery(query: Record<string, unknown>): SchemaError[]
  /** Validates a JSON body; `strict` also rejects fields the description does not declare. */
  checkBody(body: unknown, strict: boolean): SchemaError[]
  /** Validates a response body for a status; statuses the description lacks are an error. */
  checkResponse(status: number, body: unknown): SchemaError[]
  /** The first example the description gives for a response, deep-copied. */
  example(status: number): Json | undefined
}

// ajv-formats is CommonJS: under NodeNext its function is the module's `default` property.
const addFormats = addFormatsModule.default

const pointer = (path: string): string => path.replaceAll('~', '~0').replaceAll('/', '~1')
const toErrors = (errors: ErrorObject[] | null | undefined): SchemaError[] =>
  (errors ?? []).map((e) => ({
    at: e.instancePath || '/',
    message: `${e.message ?? 'invalid'}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}${e.keyword === 'enum' ? ` (${JSON.stringify(e.params.allowedValues)})` : ''}`,
  }))

let shared: OpenapiValidator | undefined

/**
 * The process's one validator. Loading the subset and compiling a schema cost far more than
 * a simulator's start otherwise (a test file starts dozens), and the validator holds no
 * simulator state: its compiled schemas are pure functions of the committed description.
 */
export function sharedOpenapiValidator(): OpenapiValidator {
  return (shared ??= new OpenapiValidator())
}

/**
 * Compiles the committed OpenAPI subset into per-operation validators. Schemas compile
 * lazily on first use, so a simulator that serves ten routes compiles ten.
 */
export class OpenapiValidator {
  readonly doc: JsonObject
  readonly #ajv: Ajv
  readonly #coercing: Ajv
  readonly #ops = new Map<ServedOperation, OperationSchema>()

  constructor() {
    this.doc = loadOpenapiSubset()
    const options = { strict: false, allErrors: true, logger: false as const, validateFormats: true }
    this.#ajv = new Ajv(options)
    this.#coercing = new Ajv({ ...options, coerceTypes: 'array' })
    for (const ajv of [this.#ajv, this.#coercing]) {
      addFormats(ajv)
      // GitHub answers "" for unset URLs (deployment status log_url, environment_url) and
      // copies commit e-mails verbatim (`t@localhost`), though the description says uri/email.
      const uri = ajv.formats.uri
      ajv.addFormat(
        'uri',
        (v: string) => v === '' || (uri instanceof RegExp ? uri.test(v) : typeof uri === 'function' ? uri(v) : true),
      )
      ajv.addFormat('email', (v: string) => v === '' || v.includes('@'))
      ajv.addSchema(this.doc, 'gh')
    }
    for (const key of servedOperations) this.#ops.set(key, this.#build(key))
  }

  /** The schema handle of a served operation. */
  operation(key: ServedOperation): OperationSchema {
    const op = this.#ops.get(key)
    if (!op) throw new Error(`${key} is not a served operation`)
    return op
  }

  /** A named example from `components/examples`, deep-copied. */
  namedExample(name: string): Json {
    const examples = this.#components('examples')
    const found = examples[name]
    if (!isJsonObject(found) || found.value === undefined)
      throw new Error(`components/examples/${name} is not in the OpenAPI subset`)
    return structuredClone(found.value)
  }

  #components(group: string): JsonObject {
    const c = this.doc.components
    const g = isJsonObject(c) ? c[group] : undefined
    return isJsonObject(g) ? g : {}
  }

  #resolve(node: Json | undefined): Json | undefined {
    if (!isJsonObject(node) || typeof node.$ref !== 'string') return node
    const [, , group = '', name = ''] = node.$ref.split('/')
    return this.#resolve(this.#components(group)[name])
  }

  #build(key: ServedOperation): OperationSchema {
    const space = key.indexOf(' ')
    const method = key.slice(0, space).toLowerCase()
    const path = key.slice(space + 1)
    const paths = this.doc.paths
    const item = isJsonObject(paths) ? paths[path] : undefined
    const op = isJsonObject(item) ? item[method] : undefined
    if (!isJsonObject(op))
      throw new Error(`${key} is missing from the OpenAPI subset; run node scripts/gen-openapi-subset.ts`)
    const base = `gh#/paths/${pointer(path)}/${method}`
    const params = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => this.#resolve(p)).filter(isJsonObject)
    const paramSchema = (where: string): JsonObject => {
      const mine = params.filter((p) => p.in === where && typeof p.name === 'string')
      const properties: JsonObject = {}
      // A path or query value arrives as text: `oneOf [integer, string]` (workflow_id) would
      // match twice once "123" is coerced, so parameters read `oneOf` as `anyOf`.
      for (const p of mine) properties[String(p.name)] = oneOfAsAnyOf(p.schema ?? {})
      return {
        type: 'object',
        properties,
        required: mine.filter((p) => p.required === true).map((p) => String(p.name)),
      }
    }
    const lazy = <T>(make: () => T): (() => T) => {
      let v: T | undefined
      return () => (v ??= make())
    }
    const pathV = lazy(() => this.#coercing.compile(paramSchema('path')))
    const queryV = lazy(() => this.#coercing.compile(paramSchema('query')))
    const body = isJsonObject(op.requestBody) ? op.requestBody : undefined
    const content = isJsonObject(body?.content) ? body.content : undefined
    const jsonBody = content ? content['application/json'] : undefined
    const hasBody = isJsonObject(jsonBody) && jsonBody.schema !== undefined
    const bodyV = lazy(() =>
      hasBody ? this.#ajv.compile({ $ref: `${base}/requestBody/content/application~1json/schema` }) : undefined,
    )
    const strictBodyV = lazy(() => {
      const closed = closeObjects(this.#inline(isJsonObject(jsonBody) ? jsonBody.schema : {}, 0))
      return hasBody && isJsonObject(closed) ? this.#ajv.compile(closed) : undefined
    })
    const responses = isJsonObject(op.responses) ? op.responses : {}
    const responseV = new Map<number, ValidateFunction | null>()
    const responseSchema = (status: number): ValidateFunction | null | undefined => {
      if (responseV.has(status)) return responseV.get(status)
      const r = this.#resolve(responses[String(status)])
      if (r === undefined) return undefined
      const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {}
      const media = Object.keys(c).find((m) => m.includes('json'))
      const v = media
        ? this.#ajv.compile({ $ref: `${base}/responses/${status}/content/${pointer(media)}/schema` })
        : null
      responseV.set(status, v)
      return v
    }
    const run = (v: ValidateFunction | undefined | null, value: unknown): SchemaError[] =>
      !v || v(value) ? [] : toErrors(v.errors)
    const docs =
      isJsonObject(op.externalDocs) && typeof op.externalDocs.url === 'string'
        ? op.externalDocs.url
        : 'https://docs.github.com/rest'
    return {
      key,
      operationId: typeof op.operationId === 'string' ? op.operationId : key,
      docsUrl: docs,
      checkPath: (p) => run(pathV(), p),
      checkQuery: (q) => run(queryV(), q),
      checkBody: (b, strict) => {
        if (!hasBody) return []
        if (b === undefined)
          return body?.required === true ? [{ at: '/', message: 'a JSON request body is required' }] : []
        return run(strict ? strictBodyV() : bodyV(), b)
      },
      checkResponse: (status, b) => {
        const v = responseSchema(status)
        if (v === undefined) return [{ at: '/', message: `status ${status} is not a documented response of ${key}` }]
        return run(v, b)
      },
      example: (status) => {
        const r = this.#resolve(responses[String(status)])
        const c = isJsonObject(r) && isJsonObject(r.content) ? r.content : {}
        for (const media of Object.values(c)) {
          const examples = isJsonObject(media) && isJsonObject(media.examples) ? media.examples : {}
          for (const ex of Object.values(examples)) {
            const resolved = this.#resolveExample(ex)
            if (resolved !== undefined) return structuredClone(resolved)
          }
        }
        return undefined
      },
    }
  }

  #resolveExample(ex: Json): Json | undefined {
    if (!isJsonObject(ex)) return undefined
    if (typeof ex.$ref === 'string') {
      const name = ex.$ref.split('/').pop() ?? ''
      const found = this.#components('examples')[name]
      return isJsonObject(found) ? found.value : undefined
    }
    return ex.value
  }

  /** Inlines `$ref`s of a request body so strict mode can close every object in it. */
  #inline(node: Json | undefined, depth: number): Json {
    if (node === undefined) return {}
    if (depth > 20) return {}
    if (Array.isArray(node)) return node.map((n) => this.#inline(n, depth + 1))
    if (!isJsonObject(node)) return node
    const resolved = typeof node.$ref === 'string' ? this.#resolve(node) : node
    if (!isJsonObject(resolved)) return resolved ?? {}
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(resolved)) out[k] = this.#inline(v, depth + 1)
    return out
  }
}

/**
 * Strict mode: an object that lists its `properties` and says nothing about extra ones
 * rejects extra ones. Branches of `oneOf`/`anyOf`/`allOf` are left as they are; their
 * parent is closed only when the branches name no property it does not list.
 */
function closeObjects(node: Json): Json {
  if (Array.isArray(node)) return node.map(closeObjects)
  if (!isJsonObject(node)) return node
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === 'oneOf' || k === 'anyOf' || k === 'allOf') out[k] = v
    else if (k === 'properties' && isJsonObject(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, closeObjects(s)]))
    else out[k] = closeObjects(v)
  }
  if (
    isJsonObject(out.properties) &&
    out.additionalProperties === undefined &&
    branchPropsWithin(out, Object.keys(out.properties))
  )
    out.additionalProperties = false
  return out
}

/** True when no `oneOf`/`anyOf`/`allOf` branch names a property the parent does not list. */
function branchPropsWithin(node: JsonObject, names: string[]): boolean {
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    const branches = node[k]
    if (!Array.isArray(branches)) continue
    for (const b of branches) {
      if (!isJsonObject(b)) return false
      if (b.$ref !== undefined) return false
      if (isJsonObject(b.properties) && Object.keys(b.properties).some((n) => !names.includes(n))) return false
    }
  }
  return true
}

function oneOfAsAnyOf(node: Json): Json {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf)
  if (!isJsonObject(node)) return node
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k === 'oneOf' ? 'anyOf' : k, oneOfAsAnyOf(v)]))
}
