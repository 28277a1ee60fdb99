import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteJobQueue } from '../../../src/queue/sqlite-job-queue.ts'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function file(): string {
  const d = mkdtempSync(join(tmpdir(), 'oda-queue-'))
  dirs.push(d)
  return join(d, 'oda.db')
}

describe('SqliteJobQueue', () => {
  it('enqueues a key once: the second enqueue returns the first job and creates nothing', async () => {
    const q = new SqliteJobQueue(':memory:')
    const a = await q.enqueue({ kind: 'k', key: 'pr:1:abc', payload: { n: 1 } })
    const b = await q.enqueue({ kind: 'k', key: 'pr:1:abc', payload: { n: 2 } })
    expect(a.created).toBe(true)
    expect(b).toEqual({ id: a.id, created: false })
    expect(await q.counts()).toEqual({ queued: 1, running: 0, done: 0, failed: 0 })
    expect((await q.get(a.id))?.payload).toEqual({ n: 1 })
    await q.close()
  })

  it('never hands one job to two workers sharing the database file', async () => {
    const f = file()
    const q1 = new SqliteJobQueue(f)
    const q2 = new SqliteJobQueue(f)
    for (let i = 0; i < 20; i++) await q1.enqueue({ kind: 'k', key: `j${i}`, payload: i })
    const claimed: string[] = []
    for (;;) {
      const [a, b] = await Promise.all([q1.claim({ kinds: ['k'], worker: 'w1', leaseMs: 60_000 }), q2.claim({ kinds: ['k'], worker: 'w2', leaseMs: 60_000 })])
      if (!a && !b) break
      for (const j of [a, b]) if (j) claimed.push(j.key)
    }
    expect(claimed.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `j${i}`).sort())
    await q1.close()
    await q2.close()
  })

  it('gives a job whose lease ran out to another worker, counting the attempt', async () => {
    let now = 1_000_000
    const q = new SqliteJobQueue(':memory:', { now: () => now })
    await q.enqueue({ kind: 'k', key: 'a', payload: null })
    const first = await q.claim({ kinds: ['k'], worker: 'w1', leaseMs: 1000 })
    expect(await q.claim({ kinds: ['k'], worker: 'w2', leaseMs: 1000 })).toBeUndefined()
    now += 1001
    const second = await q.claim({ kinds: ['k'], worker: 'w2', leaseMs: 1000 })
    expect(second?.id).toBe(first?.id)
    expect(second?.attempts).toBe(2)
    expect(await q.extendLease(second?.id ?? '', 'w1', 1000)).toBe(false)
    await q.close()
  })

  it('holds a retried job back until its delay passed and keeps its progress and error', async () => {
    let now = 0
    const q = new SqliteJobQueue(':memory:', { now: () => now })
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })
    await q.saveProgress(id, { written: 2 })
    await q.retry(id, { error: 'GitHub 502', delayMs: 5000 })
    now = 4999
    expect(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })).toBeUndefined()
    now = 5000
    const again = await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })
    expect(again).toMatchObject({ id, progress: { written: 2 }, lastError: 'GitHub 502', attempts: 2 })
    await q.close()
  })

  it('claims only the kinds asked for', async () => {
    const q = new SqliteJobQueue(':memory:')
    await q.enqueue({ kind: 'other', key: 'a', payload: null })
    expect(await q.claim({ kinds: ['k'], worker: 'w', leaseMs: 1000 })).toBeUndefined()
    expect(await q.claim({ kinds: [], worker: 'w', leaseMs: 1000 })).toBeUndefined()
    await q.close()
  })
})
