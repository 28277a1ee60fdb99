import type { JobLease } from './job-queue.ts'

/**
 * A worker tried to change a job, or write on its behalf, after losing the job's lease:
 * another worker claimed the job since, or the lease ran out while this one stalled. The
 * write was refused; the worker must stop work on the job and leave its state alone.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError'
  readonly jobId: string
  readonly fence: number

  constructor(lease: JobLease, refused: string) {
    super(
      `job ${lease.jobId}: lease ${lease.fence} is no longer held (the job was claimed again, or the lease ran out); ${refused} refused`,
    )
    this.jobId = lease.jobId
    this.fence = lease.fence
  }
}
