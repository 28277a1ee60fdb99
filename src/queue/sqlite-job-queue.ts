import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { loadSqlite } from '../engine/store/load-sqlite.ts'
import type { ClaimOptions, EnqueueOptions, Job, JobLease, JobQueue, JobState } from './job-queue.ts'
import { LeaseLostError } from './lease-lost-error.ts'
import { jobStates, rowToJob } from './row-to-job.ts'

const schema = `
CREATE TABLE IF NOT EXISTS oda_jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  progress TEXT,
  last_error TEXT,
  worker TEXT,
  run_after INTEGER NOT NULL,
  lease_until INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS oda_jobs_due ON oda_jobs (state, run_after);
CREATE TABLE IF NOT EXISTS oda_job_fences (
  job_id TEXT PRIMARY KEY,
  fence INTEGER NOT NULL,
  holder TEXT NOT NULL,
  lease_until INTEGER NOT NULL
);
`

/**
 * The job queue on `node:sqlite`: one table in the data dir's database file. WAL mode and a
 * busy timeout let several processes share the file; claiming is a single UPDATE ... RETURNING
 * plus the fence bump, in one immediate transaction, so two workers never get the same job
 * and never the same fence.
 */
export class SqliteJobQueue implements JobQueue {
  readonly kind = 'sqlite'
  readonly #db: DatabaseSync
  readonly #listeners = new Set<() => void>()
  readonly #now: () => number

  /** `file` is a path or `:memory:`. */
  constructor(file: string, options: { now?: () => number } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    this.#db = new (loadSqlite().DatabaseSync)(file)
    // The busy timeout comes first: switching to WAL needs a lock another process may hold.
    this.#db.exec('PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;')
    this.#db.exec(schema)
    this.#now = options.now ?? Date.now
  }

  async enqueue<P>(options: EnqueueOptions<P>): Promise<{ id: string; created: boolean }> {
    const now = this.#now()
    const id = randomUUID()
    const res = this.#db
      .prepare(
        "INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT(key) DO NOTHING",
      )
      .run(id, options.kind, options.key, JSON.stringify(options.payload), options.runAfter?.getTime() ?? now, now, now)
    if (Number(res.changes) === 0) {
      const existing = this.#db.prepare('SELECT id FROM oda_jobs WHERE key = ?').get(options.key)
      return { id: String(existing?.['id']), created: false }
    }
    for (const l of this.#listeners) l()
    return { id, created: true }
  }

  async claim(options: ClaimOptions): Promise<Job | undefined> {
    if (options.kinds.length === 0) return undefined
    const now = this.#now()
    const until = now + options.leaseMs
    const marks = options.kinds.map(() => '?').join(', ')
    return this.#transaction(() => {
      // A running job whose lease ran out belongs to a dead or stalled worker: it is due again.
      const row = this.#db
        .prepare(
          `UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = ?, lease_until = ?, updated_at = ?
          WHERE seq = (
            SELECT seq FROM oda_jobs
            WHERE kind IN (${marks}) AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))
            ORDER BY run_after, seq LIMIT 1
          )
          RETURNING *`,
        )
        .get(options.worker, until, now, ...options.kinds, now, now)
      if (!row) return undefined
      const fenced = this.#db
        .prepare(
          `INSERT INTO oda_job_fences (job_id, fence, holder, lease_until) VALUES (?, 1, ?, ?)
          ON CONFLICT (job_id) DO UPDATE SET fence = oda_job_fences.fence + 1, holder = excluded.holder, lease_until = excluded.lease_until
          RETURNING fence`,
        )
        .get(String(row['id']), options.worker, until)
      return rowToJob({ ...row, fence: fenced?.['fence'] })
    })
  }

  async renewLease(lease: JobLease, leaseMs: number): Promise<boolean> {
    const until = this.#now() + leaseMs
    return this.#transaction(() => {
      if (!this.#holds(lease)) return false
      this.#db.prepare('UPDATE oda_job_fences SET lease_until = ? WHERE job_id = ?').run(until, lease.jobId)
      this.#db.prepare('UPDATE oda_jobs SET lease_until = ? WHERE id = ?').run(until, lease.jobId)
      return true
    })
  }

  async saveProgress(lease: JobLease, progress: unknown): Promise<void> {
    this.#fenced(lease, 'saving progress', () => {
      this.#db
        .prepare('UPDATE oda_jobs SET progress = ?, updated_at = ? WHERE id = ?')
        .run(JSON.stringify(progress), this.#now(), lease.jobId)
    })
  }

  async complete(lease: JobLease): Promise<void> {
    this.#setState(lease, 'done', null, null)
  }

  async retry(lease: JobLease, options: { error: string; delayMs: number }): Promise<void> {
    this.#setState(lease, 'queued', options.error, this.#now() + options.delayMs)
  }

  async fail(lease: JobLease, error: string): Promise<void> {
    this.#setState(lease, 'failed', error, null)
  }

  async get(id: string): Promise<Job | undefined> {
    const row = this.#db.prepare('SELECT * FROM oda_jobs WHERE id = ?').get(id)
    return row ? rowToJob(row) : undefined
  }

  async counts(): Promise<Record<JobState, number>> {
    const out: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 }
    for (const row of this.#db.prepare('SELECT state, COUNT(*) AS n FROM oda_jobs GROUP BY state').all()) {
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
    if (this.#db.isOpen) this.#db.close()
  }

  /** Whether `lease` is the job's current, unexpired claim on a running job. */
  #holds(lease: JobLease): boolean {
    const row = this.#db
      .prepare(
        `SELECT 1 AS ok FROM oda_job_fences f JOIN oda_jobs j ON j.id = f.job_id
        WHERE f.job_id = ? AND f.fence = ? AND f.lease_until >= ? AND j.state = 'running'`,
      )
      .get(lease.jobId, lease.fence, this.#now())
    return row !== undefined
  }

  /** Runs `change` only while `lease` holds, in one immediate transaction; LeaseLostError otherwise. */
  #fenced(lease: JobLease, what: string, change: () => void): void {
    const held = this.#transaction(() => {
      if (!this.#holds(lease)) return false
      change()
      return true
    })
    if (!held) throw new LeaseLostError(lease, what)
  }

  #setState(lease: JobLease, state: JobState, error: string | null, runAfter: number | null): void {
    this.#fenced(lease, `moving the job to ${state}`, () => {
      this.#db
        .prepare(
          'UPDATE oda_jobs SET state = ?, last_error = COALESCE(?, last_error), run_after = COALESCE(?, run_after), lease_until = NULL, worker = NULL, updated_at = ? WHERE id = ?',
        )
        .run(state, error, runAfter, this.#now(), lease.jobId)
      // The claim is over: nothing more may be written under this fence.
      this.#db.prepare('UPDATE oda_job_fences SET lease_until = 0 WHERE job_id = ?').run(lease.jobId)
    })
  }

  // BEGIN IMMEDIATE takes the write lock at once, so the check and the change see the same row.
  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      const out = work()
      this.#db.exec('COMMIT')
      return out
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
  }
}
