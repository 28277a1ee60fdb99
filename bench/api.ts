// REST face overhead: GET /api/v1/skills and POST /api/v1/runs?wait of a near no-op op
// (manifest.show with no addons on an empty repository) at 50 concurrent clients on loopback,
// against the same runs started directly through the shared remote-run layer (no HTTP).
// Usage: node bench/api.ts [requests]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { openStore } from '../src/engine/store/open-store.ts'
import { findOp } from '../src/ops/registry.ts'
import { createApiKey, verifyApiKey } from '../src/serve/api-keys.ts'
import { RemoteRuns } from '../src/serve/remote-runs.ts'
import { parseServedRepos } from '../src/serve/served-repos.ts'
import { startHttpServer } from '../src/server/start-http-server.ts'

const total = Number(process.argv[2] ?? 2000)
const concurrency = 50
const root = mkdtempSync(join(tmpdir(), 'oda-bench-api-'))
mkdirSync(join(root, 'repo'))
const store = await openStore({ dataDir: join(root, 'data') })
const log = pino({ level: process.env['BENCH_LOG'] ?? 'silent' })
const runs = new RemoteRuns({
  repos: parseServedRepos([`repo=${join(root, 'repo')}`], root),
  store,
  dataDir: join(root, 'data'),
  env: {},
  log,
})
const server = await startHttpServer({ runs, log, port: 0, ratePerKey: 1e9, ratePerIp: 1e9 })
const { key } = await createApiKey({ store, name: 'bench', scopes: ['*'], role: 'read', createdBy: 'bench' })
const principal = await verifyApiKey(store, key)
const op = findOp('manifest.show')!
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
const runBody = JSON.stringify({ op: 'manifest.show', repo: 'repo', input: {} })

/** Runs `n` calls of `fn` with `concurrency` in flight; returns sorted latencies (ms). */
async function load(n: number, fn: () => Promise<void>): Promise<number[]> {
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++
        const t0 = performance.now()
        await fn()
        times.push(performance.now() - t0)
      }
    }),
  )
  return times.sort((a, b) => a - b)
}

function stats(name: string, t: number[], wallMs: number): Record<string, string | number> {
  const q = (p: number): number => Number(t[Math.min(t.length - 1, Math.floor(p * t.length))]!.toFixed(2))
  return {
    case: name,
    requests: t.length,
    p50_ms: q(0.5),
    p99_ms: q(0.99),
    per_s: Math.round((t.length / wallMs) * 1000),
  }
}

async function timed(name: string, n: number, fn: () => Promise<void>): Promise<Record<string, string | number>> {
  await load(Math.min(200, n), fn) // warm-up
  const t0 = performance.now()
  const t = await load(n, fn)
  return stats(name, t, performance.now() - t0)
}

const rows = [
  await timed('GET /api/v1/skills', total, async () => {
    const res = await fetch(`${server.url}/api/v1/skills`, { headers })
    if (res.status !== 200) throw new Error(`skills: ${res.status}`)
    await res.arrayBuffer()
  }),
  await timed('engine (remote-run layer, no HTTP)', total / 4, async () => {
    const started = await runs.start({ op, repo: 'repo', input: {}, principal, face: 'api' })
    await started.done
  }),
  await timed('POST /api/v1/runs?wait=30s', total / 4, async () => {
    const t0 = performance.now()
    const res = await fetch(`${server.url}/api/v1/runs?wait=30s`, { method: 'POST', headers, body: runBody })
    if (res.status !== 200)
      throw new Error(`runs: ${res.status} after ${Math.round(performance.now() - t0)} ms: ${await res.text()}`)
    await res.arrayBuffer()
  }),
]
console.table(rows)
console.log(
  `added by HTTP at p50: ${(Number(rows[2]!['p50_ms']) - Number(rows[1]!['p50_ms'])).toFixed(2)} ms (${concurrency} concurrent clients, ${store.kind})`,
)
await server.close()
await store.close()
rmSync(root, { recursive: true, force: true })
