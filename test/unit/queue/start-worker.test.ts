import { describe, expect, it } from 'vitest'
import { SqliteJobQueue } from '../../../src/queue/sqlite-job-queue.ts'
import { startWorker } from '../../../src/queue/start-worker.ts'

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
