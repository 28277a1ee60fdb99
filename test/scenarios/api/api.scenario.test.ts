import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/engine/store/open-store.ts'
import type { Store } from '../../../src/engine/store/store.ts'
import { allOps } from '../../../src/ops/registry.ts'
import { createApiKey } from '../../../src/serve/api-keys.ts'
import { RemoteRuns } from '../../../src/serve/remote-runs.ts'
import { parseServedRepos } from '../../../src/serve/served-repos.ts'
import { startHttpServer, type RunningHttpServer } from '../../../src/server/start-http-server.ts'

// The REST face and MCP over HTTP on a real port, driven with fetch and the MCP SDK's client.
const root = mkdtempSync(join(tmpdir(), 'oda-api-'))
const shop = join(root, 'shop')
const dataDir = join(root, 'data')
const logLines: string[] = []
let store: Store
let server: RunningHttpServer
let key: string
let readOnly: string
let base: string

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'odoo-shop'), shop, { recursive: true })
  mkdirSync(join(root, 'secret'))
  writeFileSync(join(root, 'secret', 'x.log'), 'outside\n')
  store = await openStore({ dataDir })
  const runs = new RemoteRuns({ repos: parseServedRepos([`shop=${shop}`], root), store, dataDir, env: {} })
  const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) })
  server = await startHttpServer({ runs, log, port: 0, ratePerKey: 40, corsOrigins: ['https://ops.example'] })
  base = `${server.url}/api/v1`
  key = (await createApiKey({ store, name: 'agent', scopes: ['manifest', 'spec-kit'], role: 'write', createdBy: 't' }))
    .key
  readOnly = (await createApiKey({ store, name: 'sec', scopes: ['secrets.scan'], role: 'read', createdBy: 't' })).key
})

afterAll(async () => {
  await server?.close()
  await store?.close()
  rmSync(root, { recursive: true, force: true })
})

const auth = (k = key): Record<string, string> => ({ authorization: `Bearer ${k}`, 'content-type': 'application/json' })
const post = (path: string, body: unknown, k = key): Promise<Response> =>
  fetch(`${base}${path}`, { method: 'POST', headers: auth(k), body: JSON.stringify(body) })

describe('REST /api/v1', () => {
  it('publishes an OpenAPI 3.1 document with a run request for every op, each schema valid JSON Schema 2020-12', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string
      components: { schemas: Record<string, object> }
    }
    expect(doc.openapi).toBe('3.1.0')
    const ajv = new Ajv2020({ strict: false })
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(() => ajv.compile({ ...schema, $id: name, components: doc.components }), name).not.toThrow()
    }
    const runRequest = doc.components.schemas['RunRequest'] as { oneOf: { properties: { op: { const: string } } }[] }
    const ops = runRequest.oneOf.map((r) => r.properties.op.const)
    expect(ops.sort()).toEqual(
      allOps()
        .map((op) => op.name)
        .sort(),
    )
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? []
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined()
  })

  it('answers without a key with 401 problem+json, the request id echoed and the security headers set', async () => {
    const res = await fetch(`${base}/skills`, { headers: { 'x-request-id': 'req-123' } })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('x-request-id')).toBe('req-123')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(await res.json()).toMatchObject({ status: 401, code: 'unauthenticated', instance: 'req-123' })
    const wrong = await fetch(`${base}/skills`, { headers: auth(key.slice(0, -3) + 'zzz') })
    expect(wrong.status).toBe(401)
  })

  it('lists every op as a skill with input schema, guards and whether it changes anything', async () => {
    const res = await fetch(`${base}/skills`, { headers: auth() })
    expect(res.headers.get('ratelimit-limit')).toBe('40')
    const { skills } = (await res.json()) as {
      skills: { name: string; changes: boolean; inputSchema: { properties: object } }[]
    }
    expect(skills.map((s) => s.name).sort()).toEqual(
      allOps()
        .map((op) => op.name)
        .sort(),
    )
    expect(skills.find((s) => s.name === 'deploy')).toMatchObject({ changes: true })
    expect(skills.find((s) => s.name === 'manifest.verify')!.inputSchema.properties).toHaveProperty('fail-on')
    expect((await fetch(`${base}/skills/nope.op`, { headers: auth() })).status).toBe(404)
  })

  it('runs an op and waits for it: 200 with PDRs, trace and an evidence pack served by link', async () => {
    const res = await post('/runs?wait=30s', { op: 'manifest.verify', repo: 'shop', input: {}, evidence: true })
    expect(res.status).toBe(200)
    const run = (await res.json()) as { pdrs: unknown[]; state: string; evidence: { href: string; digest: string } }
    expect(run).toMatchObject({ op: 'manifest.verify', repo: 'shop', face: 'api', actor: 'key:agent' })
    expect(['succeeded', 'failed']).toContain(run.state)
    expect(run.pdrs).toContainEqual(expect.objectContaining({ rule: 'api-scope', verdict: 'allow' }))
    const evidence = (await (await fetch(`${server.url}${run.evidence.href}`, { headers: auth() })).json()) as {
      digest: string
      files: Record<string, string>
    }
    expect(evidence.digest).toBe(run.evidence.digest)
    expect(evidence.files['VERIFICATION.md']).toContain('manifest.verify')
    expect(JSON.stringify(run)).not.toContain(shop) // no server paths
  })

  it('answers 202 with Location without wait; the events stream ends with the final state', async () => {
    const res = await post('/runs', { op: 'spec-kit.validate', repo: 'shop' })
    expect(res.status).toBe(202)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/api\/v1\/runs\/r/)
    const events = await (await fetch(`${server.url}${location}/events`, { headers: auth() })).text()
    const states = [...events.matchAll(/"state":"(\w+)"/g)].map((m) => m[1])
    expect(['succeeded', 'failed']).toContain(states.at(-1))
    const listed = (await (await fetch(`${base}/runs?op=spec-kit.validate&repo=shop`, { headers: auth() })).json()) as {
      runs: { id: string }[]
    }
    expect(listed.runs.map((r) => r.id)).toContain(location.split('/').at(-1))
  })

  it('gives the same run for a repeated idempotency key and 409 for the key reused with another request', async () => {
    const body = { op: 'manifest.verify', repo: 'shop', input: { 'fail-on': 'warning' }, idempotencyKey: 'ci-42' }
    const a = (await (await post('/runs?wait=30', body)).json()) as { id: string }
    const b = (await (await post('/runs', body)).json()) as { id: string }
    expect(b.id).toBe(a.id)
    const c = await post('/runs', { ...body, input: {} })
    expect(c.status).toBe(409)
    expect(await c.json()).toMatchObject({ code: 'idempotency-conflict' })
  })

  it('refuses bad input with the zod issues, unknown ops and repositories, and paths leading out', async () => {
    const bad = await post('/runs', { op: 'manifest.graph', repo: 'shop', input: { depth: 99 } })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      code: 'invalid-input',
      errors: [expect.objectContaining({ path: ['depth'] })],
    })
    expect((await post('/runs', { op: 'rm.rf', repo: 'shop' })).status).toBe(404)
    const repo = await post('/runs', { op: 'manifest.verify', repo: '../secret' })
    expect(repo.status).toBe(404)
    expect(await repo.json()).toMatchObject({ code: 'unknown-repository' })
    const out = await post('/runs', { op: 'manifest.show', repo: 'shop', input: { addons: ['../secret'] } })
    expect(out.status).toBe(400)
    expect(((await out.json()) as { detail: string }).detail).toMatch(/outside the repository/)
    expect((await post('/runs', { op: 'manifest.verify', repo: 'shop', input: { dir: '/' } })).status).toBe(400)
  })

  it('refuses an op outside the key scopes with 403 and records nothing', async () => {
    const before = (await store.listRuns({ limit: 1000 })).length
    const res = await post('/runs', { op: 'manifest.verify', repo: 'shop' }, readOnly)
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ code: 'forbidden' })
    expect((await store.listRuns({ limit: 1000 })).length).toBe(before)
  })

  it('refuses a 10 MB body with 413 without reading it', async () => {
    const res = await fetch(`${base}/runs`, { method: 'POST', headers: auth(), body: 'x'.repeat(10 * 1024 * 1024) })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'body-too-large' })
  })

  it('answers CORS preflights for allowed origins only', async () => {
    const ok = await fetch(`${base}/runs`, { method: 'OPTIONS', headers: { origin: 'https://ops.example' } })
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://ops.example')
    const other = await fetch(`${base}/skills`, { headers: { origin: 'https://evil.example', ...auth() } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('serves health probes', async () => {
    expect((await fetch(`${server.url}/healthz/live`)).status).toBe(200)
    expect(await (await fetch(`${server.url}/healthz/ready`)).json()).toMatchObject({ ok: true, store: true })
    expect((await fetch(`${server.url}/healthz/startup`)).status).toBe(200)
  })
})

describe('MCP over streamable HTTP', () => {
  it('lists and calls tools with the SDK client and an API key; the scopes apply', async () => {
    const client = new Client({ name: 'oda-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${key}` } },
      }),
    )
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name)).toContain('manifestSteward')
    const ok = (await client.callTool({ name: 'manifestSteward', arguments: { action: 'verify' } })) as CallToolResult
    expect(ok.structuredContent).toMatchObject({ op: 'manifest.verify', face: 'mcp', actor: 'key:agent' })
    const refused = (await client.callTool({ name: 'secretScan', arguments: {} })) as CallToolResult
    expect(refused.isError).toBe(true)
    expect(JSON.stringify(refused.content)).toMatch(/needs the scope secrets.scan/)
    await client.close()
  })

  it('refuses a client without a key', async () => {
    const client = new Client({ name: 'oda-test', version: '1.0.0' })
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)))).rejects.toThrow(
      /401|Unauthorized|unauthenticated/i,
    )
  })
})

describe('limits and logs', () => {
  it('answers a burst over the per-key limit with 429 and Retry-After', async () => {
    const burst = await Promise.all(Array.from({ length: 45 }, () => fetch(`${base}/skills`, { headers: auth() })))
    const limited = burst.filter((r) => r.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited[0]!.headers.get('ratelimit-remaining')).toBe('0')
  })

  it('never writes a key to the access log or a run record', async () => {
    expect(logLines.length).toBeGreaterThan(10)
    const all = logLines.join('') + JSON.stringify(await store.listRuns({ limit: 1000 }))
    for (const k of [key, readOnly]) expect(all).not.toContain(k.slice(21))
    expect(logLines.some((l) => l.includes('"requestId":"req-123"'))).toBe(true)
  })
})
