import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { EnqueueOptions, Job, JobQueue, JobState } from './job-queue.ts'
import { jobStates, rowToJob } from './row-to-job.ts'

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * The job queue on PostgreSQL (`DATABASE_URL`), for several App replicas sharing one queue.
 * Claiming is one UPDATE over `SELECT ... FOR UPDATE SKIP LOCKED`, so each job goes to exactly
 * one worker, and a worker never waits on a row another one is claiming. Keys stay unique for
 * good (not only while a job is queued, as pg-boss's singleton keys are), which is what makes
 * a late redelivery a no-op.
 */
export class PgJobQueue implements JobQueue {
  readonly kind = 'postgres'
  readonly #pool: pg.Pool
  readonly #listeners = new Set<() => void>()
  readonly #now: () => number
  #ready: Promise<void> | undefined

  constructor(o: { connectionString: string; schema?: string; now?: () => number }) {
    if (o.schema !== undefined && !SCHEMA_NAME.test(o.schema))
      throw new Error(`queue schema ${JSON.stringify(o.schema)} is not a plain lower-case identifier (a-z, 0-9, _)`)
    this.#pool = new pg.Pool({
      connectionString: o.connectionString,
      max: 5,
      ...(o.schema ? { options: `-c search_path=${o.schema}` } : {}),
    })
    // An idle client that dies (server restart) must not crash the process; the next query reports it.
    this.#pool.on('error', () => undefined)
    this.#now = o.now ?? Date.now
  }

  /** Creates the table once per process; concurrent replicas are safe (IF NOT EXISTS under an advisory lock). */
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
      } finally {
        await c.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined)
        c.release()
      }
    })()
    return this.#ready
  }

  async #q(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    await this.#migrate()
    return (await this.#pool.query<Record<string, unknown>>(sql, params)).rows
  }

  async enqueue<P>(o: EnqueueOptions<P>): Promise<{ id: string; created: boolean }> {
    const now = this.#now()
    const rows = await this.#q(
      `INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES ($1, $2, $3, $4, 'queued', $5, $6, $6)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [randomUUID(), o.kind, o.key, JSON.stringify(o.payload), o.runAfter?.getTime() ?? now, now],
    )
    if (rows[0]) {
      for (const l of this.#listeners) l()
      return { id: String(rows[0]['id']), created: true }
    }
    const existing = await this.#q('SELECT id FROM oda_jobs WHERE key = $1', [o.key])
    return { id: String(existing[0]?.['id']), created: false }
  }

  async claim(o: { kinds: readonly string[]; worker: string; leaseMs: number }): Promise<Job | undefined> {
    if (o.kinds.length === 0) return undefined
    const now = this.#now()
    const rows = await this.#q(
      `UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = $1, lease_until = $2, updated_at = $3
       WHERE seq = (
         SELECT seq FROM oda_jobs
         WHERE kind = ANY($4) AND ((state = 'queued' AND run_after <= $3) OR (state = 'running' AND lease_until < $3))
         ORDER BY run_after, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [o.worker, now + o.leaseMs, now, [...o.kinds]],
    )
    return rows[0] ? rowToJob(rows[0]) : undefined
  }

  async extendLease(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const rows = await this.#q(
      `UPDATE oda_jobs SET lease_until = $1 WHERE id = $2 AND worker = $3 AND state = 'running' RETURNING id`,
      [this.#now() + leaseMs, id, worker],
    )
    return rows.length === 1
  }

  async saveProgress(id: string, progress: unknown): Promise<void> {
    await this.#q('UPDATE oda_jobs SET progress = $1, updated_at = $2 WHERE id = $3', [
      JSON.stringify(progress),
      this.#now(),
      id,
    ])
  }

  async complete(id: string): Promise<void> {
    await this.#setState(id, 'done', null, null)
  }

  async retry(id: string, o: { error: string; delayMs: number }): Promise<void> {
    await this.#setState(id, 'queued', o.error, this.#now() + o.delayMs)
  }

  async fail(id: string, error: string): Promise<void> {
    await this.#setState(id, 'failed', error, null)
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

  async #setState(id: string, state: JobState, error: string | null, runAfter: number | null): Promise<void> {
    await this.#q(
      'UPDATE oda_jobs SET state = $1, last_error = COALESCE($2, last_error), run_after = COALESCE($3, run_after), lease_until = NULL, worker = NULL, updated_at = $4 WHERE id = $5',
      [state, error, runAfter, this.#now(), id],
    )
  }
}
