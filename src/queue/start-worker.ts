import { randomUUID } from 'node:crypto'
import type { Job, JobLease, JobQueue } from './job-queue.ts'
import { LeaseLostError } from './lease-lost-error.ts'

/** What a handler gets besides the job: a stop signal, a way to save a resume point, and the lease check. */
export interface JobControl {
  /** Aborted when the worker stops, or when the job's lease is lost (the reason is then a LeaseLostError). */
  signal: AbortSignal
  /** Saves a resume point; throws LeaseLostError when the lease was lost. */
  saveProgress(progress: unknown): Promise<void>
  /**
   * Confirms the lease still holds and extends it; call it right before any write outside the
   * queue (a GitHub request), so a worker that lost the job never writes for it. Throws
   * LeaseLostError (and aborts `signal`) when the lease was lost.
   */
  assertLease(): Promise<void>
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
  /** Called once when this worker loses a job's lease: the job's work was aborted and left to its new holder. */
  onLeaseLost?: (job: Job, error: LeaseLostError) => void
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
 *
 * Each job is held under a lease, renewed by a heartbeat while the handler runs. When a renewal
 * is refused, or the heartbeat itself comes too late (the process stalled past the lease), the
 * lease counts as lost: the handler's signal is aborted, and every later write of this attempt
 * (progress, job state, and GitHub writes guarded by `assertLease`) is refused, because another
 * worker may own the job by now.
 */
export function startWorker(options: StartWorkerOptions): Worker {
  const name = `worker-${randomUUID()}`
  const concurrency = options.concurrency ?? 4
  const leaseMs = options.leaseMs ?? 60_000
  const maxAttempts = options.maxAttempts ?? 8
  const backoff = options.backoffMs ?? ((n: number) => Math.min(60_000, 1000 * 2 ** (n - 1)))
  const queue = options.queue
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
          const job = await queue.claim({ kinds: options.kinds, worker: name, leaseMs })
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
    const counts = await queue.counts()
    if (running.size > 0 || counts.running > 0 || counts.queued > 0) return
    const waiters = idleWaiters
    idleWaiters = []
    for (const w of waiters) w()
  }

  const runJob = async (job: Job): Promise<void> => {
    const held = holdLease(job)
    try {
      await options.handle(job, {
        signal: AbortSignal.any([stopper.signal, held.lost]),
        saveProgress: (progress) => held.fenced(queue.saveProgress(held.lease, progress)),
        assertLease: held.assert,
      })
      await held.fenced(queue.complete(held.lease))
    } catch (error) {
      if (held.lost.aborted || error instanceof LeaseLostError) return held.markLost(error)
      const message = error instanceof Error ? error.message : String(error)
      const willRetry = job.attempts < maxAttempts && !stopper.signal.aborted
      options.onError?.(job, error, willRetry)
      try {
        if (willRetry) await queue.retry(held.lease, { error: message, delayMs: backoff(job.attempts) })
        else if (!stopper.signal.aborted) await queue.fail(held.lease, message)
        else await queue.retry(held.lease, { error: message, delayMs: 0 })
      } catch (stateError) {
        if (!(stateError instanceof LeaseLostError)) throw stateError
        held.markLost(stateError)
      }
    } finally {
      held.release()
    }
  }

  /** The lease of one claim: its heartbeat, its check before writes, and what happens when it is lost. */
  const holdLease = (job: Job) => {
    const lease: JobLease = { jobId: job.id, fence: job.fence }
    const lostController = new AbortController()
    // Measured from before the request that renewed it, so the local view never outlives the real lease.
    let validUntil = Date.now() + leaseMs
    const markLost = (error?: unknown): void => {
      if (lostController.signal.aborted) return
      const reason = error instanceof LeaseLostError ? error : new LeaseLostError(lease, 'further work')
      lostController.abort(reason)
      options.onLeaseLost?.(job, reason)
    }
    const renew = async (): Promise<boolean> => {
      const asked = Date.now()
      if (asked > validUntil) return false
      if (!(await queue.renewLease(lease, leaseMs))) return false
      validUntil = asked + leaseMs
      return true
    }
    const beat = setInterval(
      () => {
        if (lostController.signal.aborted) return
        // A failed request is not a lost lease yet; the next beat (or the deadline) decides.
        renew().then(
          (ok) => (ok ? undefined : markLost()),
          () => (Date.now() > validUntil ? markLost() : undefined),
        )
      },
      Math.max(20, Math.floor(leaseMs / 3)),
    )
    return {
      lease,
      lost: lostController.signal,
      markLost,
      async assert(): Promise<void> {
        if (!lostController.signal.aborted && !(await renew())) markLost()
        if (lostController.signal.aborted) throw lostController.signal.reason
      },
      /** Awaits a fenced queue write; a refusal marks the lease lost. */
      async fenced(write: Promise<void>): Promise<void> {
        try {
          await write
        } catch (error) {
          if (error instanceof LeaseLostError) markLost(error)
          throw error
        }
      },
      release: () => clearInterval(beat),
    }
  }

  const off = queue.onEnqueue(() => void pump())
  const timer = setInterval(() => void pump(), options.pollMs ?? 500)
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
