// Engine overhead for a no-op op, from raw input to persisted run record, per store backend.
// Usage: node bench/engine.ts [runs]   (PostgreSQL at $ODA_BENCH_DATABASE_URL or 127.0.0.1:5432/test)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { z } from 'zod'
import { defineOp } from '../src/op/define-op.ts'
import { makeReport } from '../src/op/report.ts'
import { runOp } from '../src/engine/run-op.ts'
import { redactionSources } from '../src/ops/registry.ts'
import { openStore } from '../src/engine/store/open-store.ts'
import type { Store } from '../src/engine/store/store.ts'

const runs = Number(process.argv[2] ?? 2000)
const pgUrl = process.env['ODA_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'
const noop = defineOp({
  name: 'bench.noop',
  summary: 'does nothing',
  input: z.object({ n: z.number() }),
  run: async () => makeReport({ conclusion: 'success', title: 'noop' }),
})

async function measure(store: Store, dataDir: string): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs + 50; i++) {
    const t0 = performance.now()
    await runOp({
      op: noop,
      rawInput: { n: i },
      face: 'cli',
      actor: 'bench',
      actorPermission: 'admin',
      store,
      dataDir,
      redaction: redactionSources(),
    })
    // The first 50 warm up the JIT and the database caches.
    if (i >= 50) times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)
}

function stats(name: string, t: number[]): Record<string, number | string> {
  const q = (p: number): number => Number(t[Math.min(t.length - 1, Math.floor(p * t.length))]!.toFixed(3))
  return {
    backend: name,
    runs: t.length,
    median_ms: q(0.5),
    p99_ms: q(0.99),
    max_ms: Number(t[t.length - 1]!.toFixed(3)),
  }
}

const results: Record<string, number | string>[] = []
const dir = mkdtempSync(join(tmpdir(), 'oda-bench-engine-'))
try {
  const sqlite = await openStore({ dataDir: dir })
  results.push(stats('node:sqlite', await measure(sqlite, dir)))
  await sqlite.close()
  const schema = `oda_bench_${process.pid}`
  try {
    const store = await openStore({ databaseUrl: pgUrl, schema, dataDir: dir })
    results.push(stats('postgres', await measure(store, dir)))
    await store.close()
  } finally {
    const c = new pg.Client({ connectionString: pgUrl })
    await c
      .connect()
      .then(() => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))
      .finally(() => c.end())
      .catch(() => undefined)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const r of results)
  console.log(
    `engine overhead, no-op op, ${r.backend}: median ${r.median_ms} ms, p99 ${r.p99_ms} ms over ${r.runs} runs`,
  )
console.log(JSON.stringify({ bench: 'engine', results }))
