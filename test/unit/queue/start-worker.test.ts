import { describe, expect, it } from 'vitest'
import { SqliteJobQueue } from '../../../src/queue/sqlite-job-queue.ts'
import { startWorker } from '../../../src/queue/start-worker.ts'
import type { Job } from '../../../src/queue/job-queue.ts'
import { LeaseLostError } from '../../../src/queue/lease-lost-error.ts'

describe('startWorker', () => {
  it('runs every enqueued job once and is idle afterwards', async () => {
    const q = new SqliteJobQueue(':memory:')
    const seen: number[] = []
    const w = startWorker({
      queue: q,
      kinds: ['k'],
      concurrency: 3,
      handle: async (job) => {
        seen.push(Number(job.payload))
      },
    })
    for (let i = 0; i < 10; i++) await q.enqueue({ kind: 'k', key: String(i), payload: i })
    await w.idle()
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(await q.counts()).toMatchObject({ done: 10, queued: 0, running: 0 })
    await w.stop()
    await q.close()
  })

  it('retries a failing job with its saved progress until it succeeds', async () => {
    const q = new SqliteJobQueue(':memory:')
    const progressSeen: unknown[] = []
    const w = startWorker({
      queue: q,
      kinds: ['k'],
      pollMs: 20,
      backoffMs: () => 10,
      handle: async (job, control) => {
        progressSeen.push(job.progress)
        if (job.attempts < 3) {
          await control.saveProgress({ step: job.attempts })
          throw new Error(`boom ${job.attempts}`)
        }
      },
    })
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    await w.idle()
    expect(progressSeen).toEqual([undefined, { step: 1 }, { step: 2 }])
    expect(await q.get(id)).toMatchObject({ state: 'done', attempts: 3, lastError: 'boom 2' })
    await w.stop()
    await q.close()
  })

  it('marks a job failed after the last attempt and reports the error', async () => {
    const q = new SqliteJobQueue(':memory:')
    const errors: boolean[] = []
    const w = startWorker({
      queue: q,
      kinds: ['k'],
      pollMs: 20,
      maxAttempts: 2,
      backoffMs: () => 5,
      handle: async () => {
        throw new Error('always')
      },
      onError: (_j, _e, retry) => errors.push(retry),
    })
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    await w.idle()
    expect(errors).toEqual([true, false])
    expect(await q.get(id)).toMatchObject({ state: 'failed', lastError: 'always' })
    await w.stop()
    await q.close()
  })
})

describe('startWorker leases', () => {
  it('keeps renewing the lease while a job outlives it, so no other worker takes the job', async () => {
    const q = new SqliteJobQueue(':memory:')
    const runs: number[] = []
    const handle = async (job: Job): Promise<void> => {
      runs.push(job.attempts)
      await new Promise((r) => setTimeout(r, 600))
    }
    const a = startWorker({ queue: q, kinds: ['k'], leaseMs: 150, pollMs: 10, handle })
    const b = startWorker({ queue: q, kinds: ['k'], leaseMs: 150, pollMs: 10, handle })
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    await a.idle()
    expect(runs).toEqual([1])
    expect(await q.get(id)).toMatchObject({ state: 'done', attempts: 1 })
    await Promise.all([a.stop(), b.stop()])
    await q.close()
  })

  it('aborts a job whose lease ran out under a stall, refuses its writes and lets the next claim finish it', async () => {
    const q = new SqliteJobQueue(':memory:')
    const seen: { attempt: number; aborted: boolean; assert: string; save: string }[] = []
    const lost: number[] = []
    const w = startWorker({
      queue: q,
      kinds: ['k'],
      leaseMs: 100,
      pollMs: 10,
      onLeaseLost: (job) => lost.push(job.attempts),
      handle: async (job, control) => {
        if (job.attempts === 1) {
          const until = Date.now() + 350
          while (Date.now() < until) {
            /* the event loop is blocked: no heartbeat can run */
          }
        }
        const outcome = (p: Promise<void>): Promise<string> =>
          p.then(
            () => 'ok',
            (e: unknown) => (e instanceof LeaseLostError ? 'lease lost' : String(e)),
          )
        const assert = await outcome(control.assertLease())
        const save = await outcome(control.saveProgress({ attempt: job.attempts }))
        seen.push({ attempt: job.attempts, aborted: control.signal.aborted, assert, save })
      },
    })
    const { id } = await q.enqueue({ kind: 'k', key: 'a', payload: null })
    await w.idle()
    await w.stop()
    expect(seen.find((s) => s.attempt === 1)).toEqual({
      attempt: 1,
      aborted: true,
      assert: 'lease lost',
      save: 'lease lost',
    })
    expect(seen.find((s) => s.attempt === 2)).toEqual({ attempt: 2, aborted: false, assert: 'ok', save: 'ok' })
    expect(lost).toEqual([1])
    expect(await q.get(id)).toMatchObject({ state: 'done', attempts: 2, progress: { attempt: 2 } })
    await q.close()
  })
})
