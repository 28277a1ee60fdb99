import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { ClaimOptions, EnqueueOptions, Job, JobLease, JobQueue, JobState } from './job-queue.ts'
import { LeaseLostError } from './lease-lost-error.ts'
import { jobStates, rowToJob } from './row-to-job.ts'

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

type Row = Record<string, unknown>

/**
 * The job queue on PostgreSQL (`DATABASE_URL`), for several App replicas sharing one queue.
 * Claiming is one statement: an UPDATE over `SELECT ... FOR UPDATE SKIP LOCKED` (each job goes
 * to exactly one worker, and a worker never waits on a row another one is claiming) and the
 * fence bump in `oda_job_fences`. Keys stay unique for good (not only while a job is queued, as
 * pg-boss's singleton keys are), which is what makes a late redelivery a no-op.
 */
export class PgJobQueue implements JobQueue {
  readonly kind = 'postgres'
  readonly #pool: pg.Pool
  readonly #listeners = new Set<() => void>()
  readonly #now: () => number
  #ready: Promise<void> | undefined

  constructor(options: { connectionString: string; schema?: string; now?: () => number }) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
      throw new Error(
        `queue schema ${JSON.stringify(options.schema)} is not a plain lower-case identifier (a-z, 0-9, _)`,
      )
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      max: 5,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    })
    // An idle client that dies (server restart) must not crash the process; the next query reports it.
    this.#pool.on('error', () => undefined)
    this.#now = options.now ?? Date.now
  }

  /** Creates the tables once per process; concurrent replicas are safe (IF NOT EXISTS under an advisory lock). */
  #migrate(): Promise<void> {
    this.#ready ??= (async () => {
      const c = await this.#pool.connect()
      try {
        await c.query('SELECT pg_advisory_lock(727274)')
        await c.query(`CREATE TABLE IF NOT EXISTS oda_jobs (
          seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL,
          state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, progress TEXT, last_error TEXT, worker TEXT,
          run_after BIGINT NOT NULL, lease_until BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`)
        await c.query('CREATE INDEX IF NOT EXISTS oda_jobs_due ON oda_jobs (state, run_after)')
        await c.query(`CREATE TABLE IF NOT EXISTS oda_job_fences (
          job_id TEXT PRIMARY KEY, fence BIGINT NOT NULL, holder TEXT NOT NULL, lease_until BIGINT NOT NULL)`)
      } finally {
        await c.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined)
        c.release()
      }
    })()
    return this.#ready
  }

  async #q(sql: string, params: unknown[]): Promise<Row[]> {
    await this.#migrate()
    return (await this.#pool.query<Row>(sql, params)).rows
  }

  async enqueue<P>(options: EnqueueOptions<P>): Promise<{ id: string; created: boolean }> {
    const now = this.#now()
    const rows = await this.#q(
      `INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES ($1, $2, $3, $4, 'queued', $5, $6, $6)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        options.kind,
        options.key,
        JSON.stringify(options.payload),
        options.runAfter?.getTime() ?? now,
        now,
      ],
    )
    if (rows[0]) {
      for (const l of this.#listeners) l()
      return { id: String(rows[0]['id']), created: true }
    }
    const existing = await this.#q('SELECT id FROM oda_jobs WHERE key = $1', [options.key])
    return { id: String(existing[0]?.['id']), created: false }
  }

  async claim(options: ClaimOptions): Promise<Job | undefined> {
    if (options.kinds.length === 0) return undefined
    const now = this.#now()
    // One statement, so the claim and its fence commit together. A fenced write of the previous
    // holder locks the job row first, so SKIP LOCKED passes the job over until that write ends.
    const rows = await this.#q(
      `WITH claimed AS (
         UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = $1, lease_until = $2, updated_at = $3
         WHERE seq = (
           SELECT seq FROM oda_jobs
           WHERE kind = ANY($4) AND ((state = 'queued' AND run_after <= $3) OR (state = 'running' AND lease_until < $3))
           ORDER BY run_after, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING *),
       fenced AS (
         INSERT INTO oda_job_fences (job_id, fence, holder, lease_until) SELECT id, 1, $1, $2 FROM claimed
         ON CONFLICT (job_id) DO UPDATE SET fence = oda_job_fences.fence + 1, holder = excluded.holder, lease_until = excluded.lease_until
         RETURNING job_id, fence)
       SELECT claimed.*, fenced.fence FROM claimed JOIN fenced ON fenced.job_id = claimed.id`,
      [options.worker, now + options.leaseMs, now, [...options.kinds]],
    )
    return rows[0] ? rowToJob(rows[0]) : undefined
  }

  async renewLease(lease: JobLease, leaseMs: number): Promise<boolean> {
    const until = this.#now() + leaseMs
    return this.#fencedUpdate(lease, { set: 'lease_until = $5', values: [until], fenceUntil: until })
  }

  async saveProgress(lease: JobLease, progress: unknown): Promise<void> {
    const held = await this.#fencedUpdate(lease, {
      set: 'progress = $5, updated_at = $6',
      values: [JSON.stringify(progress), this.#now()],
    })
    if (!held) throw new LeaseLostError(lease, 'saving progress')
  }

  async complete(lease: JobLease): Promise<void> {
    await this.#setState(lease, 'done', null, null)
  }

  async retry(lease: JobLease, options: { error: string; delayMs: number }): Promise<void> {
    await this.#setState(lease, 'queued', options.error, this.#now() + options.delayMs)
  }

  async fail(lease: JobLease, error: string): Promise<void> {
    await this.#setState(lease, 'failed', error, null)
  }

  async get(id: string): Promise<Job | undefined> {
    const rows = await this.#q('SELECT * FROM oda_jobs WHERE id = $1', [id])
    return rows[0] ? rowToJob(rows[0]) : undefined
  }

  async counts(): Promise<Record<JobState, number>> {
    const out: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 }
    for (const row of await this.#q('SELECT state, COUNT(*) AS n FROM oda_jobs GROUP BY state', [])) {
      const state = jobStates.find((s) => s === row['state'])
      if (state) out[state] = Number(row['n'])
    }
    return out
  }

  onEnqueue(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  async close(): Promise<void> {
    this.#listeners.clear()
    await this.#pool.end()
  }

  /**
   * Applies `set` to the job row if `lease` is still the job's current, unexpired claim of a
   * running job, and moves the fence's lease to `fenceUntil` (kept when undefined). One
   * statement, so a worker that stalls midway holds no lock: the job row is locked first, as
   * a claim locks it, then the fence row is updated only if its fence still matches (a claim
   * that committed meanwhile is seen, and the write refused). False when the lease was lost.
   */
  async #fencedUpdate(
    lease: JobLease,
    change: { set: string; values: unknown[]; fenceUntil?: number },
  ): Promise<boolean> {
    const rows = await this.#q(
      `WITH job AS (SELECT id FROM oda_jobs WHERE id = $1 AND state = 'running' FOR UPDATE),
       held AS (
         UPDATE oda_job_fences f SET lease_until = COALESCE($4::bigint, f.lease_until) FROM job
         WHERE f.job_id = job.id AND f.fence = $2 AND f.lease_until >= $3 RETURNING f.job_id)
       UPDATE oda_jobs j SET ${change.set} FROM held WHERE j.id = held.job_id RETURNING j.id`,
      [lease.jobId, lease.fence, this.#now(), change.fenceUntil ?? null, ...change.values],
    )
    return rows.length === 1
  }

  async #setState(lease: JobLease, state: JobState, error: string | null, runAfter: number | null): Promise<void> {
    // The claim ends here: the fence's lease drops to 0, so nothing more is written under it.
    const held = await this.#fencedUpdate(lease, {
      set: 'state = $5, last_error = COALESCE($6, last_error), run_after = COALESCE($7::bigint, run_after), lease_until = NULL, worker = NULL, updated_at = $8',
      values: [state, error, runAfter, this.#now()],
      fenceUntil: 0,
    })
    if (!held) throw new LeaseLostError(lease, `moving the job to ${state}`)
  }
}
