/**
 * Proof of one claim of a job. The fence grows by one at every claim, so after a lease runs
 * out and another worker claims the job, the first worker's token no longer matches and each
 * of its writes is refused. Tokens live in oda's own table (`oda_job_fences`), not in the
 * queue's job rows, so they keep working whichever queue hands the jobs out.
 */
export interface JobLease {
  jobId: string
  fence: number
}

/** A unit of background work, as the queue hands it to a worker. */
export interface Job<P = unknown> {
  id: string
  /** What kind of work (the worker dispatches on it), e.g. `pr-checks`. */
  kind: string
  /** Dedupe key: a second enqueue with the same key is a no-op. */
  key: string
  payload: P
  /** How many times the job was claimed, this claim included. */
  attempts: number
  /** Whatever the worker saved with `saveProgress` on an earlier attempt (resume point). */
  progress: unknown
  state: JobState
  lastError?: string
  /** The claim this copy of the job was handed out under (0 when read with `get`). */
  fence: number
}

export type JobState = 'queued' | 'running' | 'done' | 'failed'

export interface EnqueueOptions<P = unknown> {
  kind: string
  key: string
  payload: P
  /** Earliest time the job may run (default now). */
  runAfter?: Date
}

/** What a worker asks for when it claims. */
export interface ClaimOptions {
  kinds: readonly string[]
  worker: string
  leaseMs: number
}

/**
 * The engine's job queue. Webhook faces enqueue and answer at once; workers claim jobs under a
 * lease, so a worker that dies loses no job: the lease runs out and another worker claims it.
 * Keys make enqueueing idempotent (a redelivered webhook enqueues nothing new).
 *
 * Every change a worker makes to a job it claimed is fenced: it names the lease it holds, and
 * is refused with LeaseLostError when the job was claimed again since, or the lease ran out
 * (even if nobody claimed it yet: a worker that stalled that long must not assume it still
 * owns the job).
 */
export interface JobQueue {
  readonly kind: 'sqlite' | 'postgres'
  /** Adds a job unless one with the same key exists; `created` says which happened. */
  enqueue<P>(options: EnqueueOptions<P>): Promise<{ id: string; created: boolean }>
  /** Claims the next due job of `kinds` for `leaseMs` under a new fence, or undefined when none is due. */
  claim(options: ClaimOptions): Promise<Job | undefined>
  /** Extends a lease the worker still holds to `leaseMs` from now; false when it was lost. */
  renewLease(lease: JobLease, leaseMs: number): Promise<boolean>
  /** Stores a resume point for later attempts. Throws LeaseLostError when the lease was lost. */
  saveProgress(lease: JobLease, progress: unknown): Promise<void>
  /** Marks the job done. Throws LeaseLostError when the lease was lost. */
  complete(lease: JobLease): Promise<void>
  /** Puts the job back in the queue to run again after `delayMs`. Throws LeaseLostError when the lease was lost. */
  retry(lease: JobLease, options: { error: string; delayMs: number }): Promise<void>
  /** Gives up on the job for good. Throws LeaseLostError when the lease was lost. */
  fail(lease: JobLease, error: string): Promise<void>
  get(id: string): Promise<Job | undefined>
  /** Number of jobs per state (for health pages and tests). */
  counts(): Promise<Record<JobState, number>>
  /** Registers a callback run after each enqueue in this process, so local workers wake at once. */
  onEnqueue(listener: () => void): () => void
  close(): Promise<void>
}
