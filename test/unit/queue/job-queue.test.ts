import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Job, JobLease, JobQueue } from '../../../src/queue/job-queue.ts'
import { LeaseLostError } from '../../../src/queue/lease-lost-error.ts'
import { PgJobQueue } from '../../../src/queue/pg-job-queue.ts'
import { SqliteJobQueue } from '../../../src/queue/sqlite-job-queue.ts'

const PG_URL = process.env['ODA_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

/** A place two queue instances can share: one sqlite file, or one PostgreSQL schema. */
interface Backend {
  name: string
  shared(): Promise<(now?: () => number) => JobQueue>
}

const admin = new pg.Pool({ connectionString: PG_URL, max: 2 })
afterAll(async () => {
  await admin.end()
})

const backends: Backend[] = [
  {
    name: 'node:sqlite',
    async shared() {
      const d = mkdtempSync(join(tmpdir(), 'oda-queue-'))
      cleanups.push(() => rmSync(d, { recursive: true, force: true }))
      return (now) => track(new SqliteJobQueue(join(d, 'queue.sqlite'), now ? { now } : {}))
    },
  },
  {
    name: 'PostgreSQL',
    async shared() {
      const schema = `oda_q_${randomBytes(4).toString('hex')}`
      await admin.query(`CREATE SCHEMA ${schema}`)
      cleanups.push(async () => void (await admin.query(`DROP SCHEMA ${schema} CASCADE`)))
      return (now) => track(new PgJobQueue({ connectionString: PG_URL, schema, ...(now ? { now } : {}) }))
    },
  },
]

function leaseOf(job: Job | undefined): JobLease {
  if (!job) throw new Error('expected a claimed job')
  return { jobId: job.id, fence: job.fence }
}

function track(q: JobQueue): JobQueue {
  cleanups.push(() => q.close())
  return q
}

describe.each(backends)('job queue on $name', (backend) => {
  it('enqueues a key once: the second enqueue returns the first job and creates nothing', async () => {
    const q = (await backend.shared())()
    const a = await q.enqueue({ kind: 'k', key: 'pr:1:abc', payload: { n: 1 } })
    const b = await q.enqueue({ kind: 'k', key: 'pr:1:abc', payload: { n: 2 } })
    expect(a.created).toBe(true)
    expect(b).toEqual({ id: a.id, created: false })
    expect(await q.counts()).toEqual({ queued: 1, running: 0, done: 0, failed: 0 })
    expect((await q.get(a.id))?.payload).toEqual({ n: 1 })
  })

  it('keeps a key taken after the job is done, so a late redelivery queues nothing', async () => {
    const q = (await backend.shared())()
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    const job = await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })
    await q.complete(leaseOf(job))
    expect(await q.enqueue({ kind: 'k', key: 'a', payload: null })).toEqual({ id, created: false })
    expect(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })).toBeUndefined()
  })

  it('never hands one job to two workers sharing the queue', async () => {
    const open = await backend.shared()
    const q1 = open()
    const q2 = open()
    for (let i = 0; i < 20; i++) await q1.enqueue({ kind: 'k', key: `j${i}`, payload: i })
    const claimed: string[] = []
    for (;;) {
      const [a, b] = await Promise.all([
        q1.claim({ kinds: ['k'], worker: 'w1', leaseMs: 60_000 }),
        q2.claim({ kinds: ['k'], worker: 'w2', leaseMs: 60_000 }),
      ])
      if (!a && !b) break
      for (const j of [a, b]) if (j) claimed.push(j.key)
    }
    expect(claimed.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `j${i}`).sort())
  })

  it('gives a job whose lease ran out to another worker, counting the attempt', async () => {
    let now = 1_000_000
    const q = (await backend.shared())(() => now)
    await q.enqueue({ kind: 'k', key: 'a', payload: null })
    const first = await q.claim({ kinds: ['k'], worker: 'w1', leaseMs: 1000 })
    expect(await q.claim({ kinds: ['k'], worker: 'w2', leaseMs: 1000 })).toBeUndefined()
    now += 1001
    const second = await q.claim({ kinds: ['k'], worker: 'w2', leaseMs: 1000 })
    expect(second?.id).toBe(first?.id)
    expect(second?.attempts).toBe(2)
    expect(second?.fence).toBe((first?.fence ?? 0) + 1)
    expect(await q.renewLease(leaseOf(first), 1000)).toBe(false)
    expect(await q.renewLease(leaseOf(second), 1000)).toBe(true)
  })

  it('refuses every change under a lease that was claimed again: progress, completion, retry, failure', async () => {
    let now = 1_000_000
    const open = await backend.shared()
    const q1 = open(() => now)
    const q2 = open(() => now)
    const { id } = await q1.enqueue({ kind: 'k', key: 'a', payload: null })
    const stale = leaseOf(await q1.claim({ kinds: ['k'], worker: 'w1', leaseMs: 1000 }))
    now += 1001
    const fresh = leaseOf(await q2.claim({ kinds: ['k'], worker: 'w2', leaseMs: 1000 }))
    await expect(q1.saveProgress(stale, { from: 'w1' })).rejects.toThrow(LeaseLostError)
    await expect(q1.complete(stale)).rejects.toThrow(/lease 1 is no longer held/)
    await expect(q1.retry(stale, { error: 'x', delayMs: 0 })).rejects.toThrow(LeaseLostError)
    await expect(q1.fail(stale, 'x')).rejects.toThrow(LeaseLostError)
    await q2.saveProgress(fresh, { from: 'w2' })
    expect(await q2.get(id)).toMatchObject({ state: 'running', progress: { from: 'w2' } })
    await q2.complete(fresh)
    expect(await q2.get(id)).toMatchObject({ state: 'done' })
    // A finished claim is over too: its holder cannot move the job again.
    await expect(q2.retry(fresh, { error: 'again', delayMs: 0 })).rejects.toThrow(LeaseLostError)
  })

  it('counts a lease that ran out as lost, even before anyone claimed the job again', async () => {
    let now = 0
    const q = (await backend.shared())(() => now)
    await q.enqueue({ kind: 'k', key: 'a', payload: null })
    const lease = leaseOf(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 }))
    now = 600
    expect(await q.renewLease(lease, 1000)).toBe(true)
    now = 1600
    await q.saveProgress(lease, { ok: true })
    now = 1601
    expect(await q.renewLease(lease, 1000)).toBe(false)
    await expect(q.complete(lease)).rejects.toThrow(LeaseLostError)
  })

  it('holds a retried job back until its delay passed and keeps its progress and error', async () => {
    let now = 0
    const q = (await backend.shared())(() => now)
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    const first = leaseOf(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 }))
    await q.saveProgress(first, { written: 2 })
    await q.retry(first, { error: 'GitHub 502', delayMs: 5000 })
    now = 4999
    expect(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })).toBeUndefined()
    now = 5000
    const again = await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })
    expect(again).toMatchObject({ id, progress: { written: 2 }, lastError: 'GitHub 502', attempts: 2 })
    await q.fail(leaseOf(again), 'gave up')
    expect(await q.get(id)).toMatchObject({ state: 'failed', lastError: 'gave up' })
  })

  it('claims only the kinds asked for', async () => {
    const q = (await backend.shared())()
    await q.enqueue({ kind: 'other', key: 'a', payload: null })
    expect(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })).toBeUndefined()
    expect(await q.claim({ kinds: [], worker: 'w', leaseMs: 1000 })).toBeUndefined()
  })
})
