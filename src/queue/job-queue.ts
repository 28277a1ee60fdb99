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
}

export type JobState = 'queued' | 'running' | 'done' | 'failed'

export interface EnqueueOptions<P = unknown> {
  kind: string
  key: string
  payload: P
  /** Earliest time the job may run (default now). */
  runAfter?: Date
}

/**
 * The engine's job queue. Webhook faces enqueue and answer at once; workers claim jobs under a
 * lease, so a worker that dies loses no job: the lease runs out and another worker claims it.
 * Keys make enqueueing idempotent (a redelivered webhook enqueues nothing new).
 */
export interface JobQueue {
  readonly kind: 'sqlite' | 'postgres'
  /** Adds a job unless one with the same key exists; `created` says which happened. */
  enqueue<P>(o: EnqueueOptions<P>): Promise<{ id: string; created: boolean }>
  /** Claims the next due job of `kinds` for `leaseMs`, or undefined when none is due. */
  claim(o: { kinds: readonly string[]; worker: string; leaseMs: number }): Promise<Job | undefined>
  /** Extends the lease of a job the worker holds; false when the lease was lost. */
  extendLease(id: string, worker: string, leaseMs: number): Promise<boolean>
  /** Stores a resume point for later attempts. */
  saveProgress(id: string, progress: unknown): Promise<void>
  complete(id: string): Promise<void>
  /** Puts the job back in the queue to run again after `delayMs`. */
  retry(id: string, o: { error: string; delayMs: number }): Promise<void>
  /** Gives up on the job for good. */
  fail(id: string, error: string): Promise<void>
  get(id: string): Promise<Job | undefined>
  /** Number of jobs per state (for health pages and tests). */
  counts(): Promise<Record<JobState, number>>
  /** Registers a callback run after each enqueue in this process, so local workers wake at once. */
  onEnqueue(listener: () => void): () => void
  close(): Promise<void>
}
