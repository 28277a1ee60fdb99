import { randomUUID } from 'node:crypto'
import type { Job, JobQueue } from './job-queue.ts'

/** What a handler gets besides the job: a way to save a resume point and a stop signal. */
export interface JobControl {
  signal: AbortSignal
  saveProgress(progress: unknown): Promise<void>
}

export interface StartWorkerOptions {
  queue: JobQueue
  kinds: readonly string[]
  handle: (job: Job, control: JobControl) => Promise<void>
  /** Jobs run at the same time by this worker (default 4). */
  concurrency?: number
  /** Lease per claim; renewed every third of it while the job runs (default 60 s). */
  leaseMs?: number
  /** Poll interval for jobs enqueued by other processes or due later (default 500 ms). */
  pollMs?: number
  /** Attempts before a job is marked failed for good (default 8). */
  maxAttempts?: number
  /** Delay before the next attempt (default 1 s, 2 s, 4 s... capped at 60 s). */
  backoffMs?: (attempt: number) => number
  /** Called when a job fails for good, or an attempt fails and will be retried. */
  onError?: (job: Job, error: unknown, willRetry: boolean) => void
}

/** A running worker. */
export interface Worker {
  /** Resolves when no job is running or queued (tests and `oda sandbox pr` wait on it). */
  idle(): Promise<void>
  /** Stops claiming, aborts running jobs' signals and waits for them to settle. */
  stop(): Promise<void>
}

/**
 * Runs queued jobs. A failing attempt is retried with backoff, so a GitHub outage delays a
 * report instead of losing it; the handler saves progress so a retry resumes where the last
 * attempt stopped instead of writing twice.
 */
export function startWorker(o: StartWorkerOptions): Worker {
  const name = `worker-${randomUUID()}`
  const concurrency = o.concurrency ?? 4
  const leaseMs = o.leaseMs ?? 60_000
  const maxAttempts = o.maxAttempts ?? 8
  const backoff = o.backoffMs ?? ((n: number) => Math.min(60_000, 1000 * 2 ** (n - 1)))
  const stopper = new AbortController()
  const running = new Set<Promise<void>>()
  let idleWaiters: Array<() => void> = []
  let pumping = false
  let again = false

  const pump = async (): Promise<void> => {
    if (pumping) {
      again = true
      return
    }
    pumping = true
    try {
      do {
        again = false
        while (!stopper.signal.aborted && running.size < concurrency) {
          const job = await o.queue.claim({ kinds: o.kinds, worker: name, leaseMs })
          if (!job) break
          const p = runJob(job).finally(() => {
            running.delete(p)
            void pump()
          })
          running.add(p)
        }
      } while (again && !stopper.signal.aborted)
    } finally {
      pumping = false
    }
    if (running.size === 0) await settleIdle()
  }

  // Idle means nothing left to do at all: no job running anywhere and none queued, including
  // jobs waiting out a retry delay (their report is still owed).
  const settleIdle = async (): Promise<void> => {
    if (idleWaiters.length === 0) return
    const counts = await o.queue.counts()
    if (running.size > 0 || counts.running > 0 || counts.queued > 0) return
    const waiters = idleWaiters
    idleWaiters = []
    for (const w of waiters) w()
  }

  const runJob = async (job: Job): Promise<void> => {
    const renew = setInterval(
      () => void o.queue.extendLease(job.id, name, leaseMs),
      Math.max(1000, Math.floor(leaseMs / 3)),
    )
    try {
      await o.handle(job, { signal: stopper.signal, saveProgress: (p) => o.queue.saveProgress(job.id, p) })
      await o.queue.complete(job.id)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const willRetry = job.attempts < maxAttempts && !stopper.signal.aborted
      o.onError?.(job, error, willRetry)
      if (willRetry) await o.queue.retry(job.id, { error: message, delayMs: backoff(job.attempts) })
      else if (!stopper.signal.aborted) await o.queue.fail(job.id, message)
      else await o.queue.retry(job.id, { error: message, delayMs: 0 })
    } finally {
      clearInterval(renew)
    }
  }

  const off = o.queue.onEnqueue(() => void pump())
  const timer = setInterval(() => void pump(), o.pollMs ?? 500)
  void pump()

  return {
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        void pump()
      }),
    async stop() {
      stopper.abort(new Error('worker stopping'))
      off()
      clearInterval(timer)
      await Promise.allSettled([...running])
    },
  }
}
