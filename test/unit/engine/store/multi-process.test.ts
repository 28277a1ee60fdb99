import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from '../../../../src/engine/store/migrations.ts'
import { backends, openSpec } from './backends.ts'
import type { DbSpec } from './backends.ts'

const WORKER = fileURLToPath(new URL('./fixtures/store-worker.ts', import.meta.url))
const PROCESSES = 4
const RUNS = 50

interface Outcome {
  worker: string
  created: string[]
  won: string[]
  locks: string[]
}

function runWorker(job: object): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [JSON.stringify(job)], { execArgv: [], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] })
    let message: Outcome | undefined
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('message', (m: Outcome) => (message = m))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 && message ? resolve(message) : reject(new Error(`worker exited with ${code}: ${stderr}`)),
    )
  })
}

describe.each(backends())('several processes on one $name database', (backend) => {
  afterAll(() => backend.cleanup())

  it('migrate together from empty, lose no run, and give every race exactly one winner', async () => {
    const spec: DbSpec = backend.fresh()
    const raceIds = Array.from({ length: 30 }, (_, i) => `race-${i}`)
    const lockKeys = Array.from({ length: 10 }, (_, i) => `env:${i}`)
    const outcomes = await Promise.all(
      Array.from({ length: PROCESSES }, (_, worker) => runWorker({ spec, worker, runs: RUNS, raceIds, lockKeys })),
    )

    const store = openSpec(spec)
    await store.migrate()
    const all = await store.listRuns({ limit: 1000 })
    const own = all.filter((r) => r.op === 'multi')
    expect(own).toHaveLength(PROCESSES * RUNS)
    expect(
      own.every((r) => r.state === 'succeeded' && r.conclusion === 'success' && r.externalRef.worker === r.scope),
    ).toBe(true)
    for (const id of raceIds) {
      expect(outcomes.filter((o) => o.created.includes(id))).toHaveLength(1)
      const winners = outcomes.filter((o) => o.won.includes(id))
      expect(winners).toHaveLength(1)
      expect(await store.getRun(id)).toMatchObject({ state: 'running', title: winners[0]!.worker })
    }
    for (const key of lockKeys) {
      const winners = outcomes.filter((o) => o.locks.includes(key))
      expect(winners).toHaveLength(1)
      expect((await store.getLock(key))?.owner).toBe(winners[0]!.worker)
    }
    await store.close()
    if (spec.kind === 'sqlite') {
      const db = new DatabaseSync(spec.file, { readOnly: true })
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
      expect(db.prepare('SELECT COUNT(*) AS n FROM oda_migrations').get()).toEqual({ n: migrations.length })
      db.close()
    }
  })
})
