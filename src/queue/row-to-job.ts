import type { Job, JobState } from './job-queue.ts'

/** Every job state, in lifecycle order. */
export const jobStates: readonly JobState[] = ['queued', 'running', 'done', 'failed']

/** Reads a job row (SQLite or PostgreSQL) into a Job; JSON columns are parsed here and only here. */
export function rowToJob(row: Record<string, unknown>): Job {
  const state = jobStates.find((s) => s === row['state'])
  if (!state) throw new Error(`job ${String(row['id'])} has an unknown state "${String(row['state'])}"`)
  const progress = row['progress']
  return {
    id: String(row['id']),
    kind: String(row['kind']),
    key: String(row['key']),
    payload: JSON.parse(String(row['payload'])) as unknown,
    attempts: Number(row['attempts']),
    progress: typeof progress === 'string' ? (JSON.parse(progress) as unknown) : undefined,
    state,
    // Present when the row comes from a claim (joined with oda_job_fences).
    fence: row['fence'] === undefined || row['fence'] === null ? 0 : Number(row['fence']),
    ...(typeof row['last_error'] === 'string' ? { lastError: row['last_error'] } : {}),
  }
}
