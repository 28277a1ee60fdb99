import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { loadSqlite } from '../engine/store/load-sqlite.ts'
import type { EnqueueOptions, Job, JobQueue, JobState } from './job-queue.ts'
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
`

/**
 * The job queue on `node:sqlite`: one table in the data dir's database file. WAL mode and a
 * busy timeout let several processes share the file; claiming is a single UPDATE ... RETURNING,
 * so two workers never get the same job.
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

  async enqueue<P>(o: EnqueueOptions<P>): Promise<{ id: string; created: boolean }> {
    const now = this.#now()
    const id = randomUUID()
    const res = this.#db
      .prepare(
        "INSERT INTO oda_jobs (id, kind, key, payload, state, run_after, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT(key) DO NOTHING",
      )
      .run(id, o.kind, o.key, JSON.stringify(o.payload), o.runAfter?.getTime() ?? now, now, now)
    if (Number(res.changes) === 0) {
      const existing = this.#db.prepare('SELECT id FROM oda_jobs WHERE key = ?').get(o.key)
      return { id: String(existing?.['id']), created: false }
    }
    for (const l of this.#listeners) l()
    return { id, created: true }
  }

  async claim(o: { kinds: readonly string[]; worker: string; leaseMs: number }): Promise<Job | undefined> {
    if (o.kinds.length === 0) return undefined
    const now = this.#now()
    const marks = o.kinds.map(() => '?').join(', ')
    // A running job whose lease ran out belongs to a dead worker: it is due again.
    const row = this.#db
      .prepare(
        `
      UPDATE oda_jobs SET state = 'running', attempts = attempts + 1, worker = ?, lease_until = ?, updated_at = ?
      WHERE seq = (
        SELECT seq FROM oda_jobs
        WHERE kind IN (${marks}) AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_until < ?))
        ORDER BY run_after, seq LIMIT 1
      )
      RETURNING *`,
      )
      .get(o.worker, now + o.leaseMs, now, ...o.kinds, now, now)
    return row ? rowToJob(row) : undefined
  }

  async extendLease(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const res = this.#db
      .prepare("UPDATE oda_jobs SET lease_until = ? WHERE id = ? AND worker = ? AND state = 'running'")
      .run(this.#now() + leaseMs, id, worker)
    return Number(res.changes) === 1
  }

  async saveProgress(id: string, progress: unknown): Promise<void> {
    this.#db
      .prepare('UPDATE oda_jobs SET progress = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(progress), this.#now(), id)
  }

  async complete(id: string): Promise<void> {
    this.#setState(id, 'done', null, null)
  }

  async retry(id: string, o: { error: string; delayMs: number }): Promise<void> {
    this.#setState(id, 'queued', o.error, this.#now() + o.delayMs)
  }

  async fail(id: string, error: string): Promise<void> {
    this.#setState(id, 'failed', error, null)
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

  #setState(id: string, state: JobState, error: string | null, runAfter: number | null): void {
    const now = this.#now()
    this.#db
      .prepare(
        'UPDATE oda_jobs SET state = ?, last_error = COALESCE(?, last_error), run_after = COALESCE(?, run_after), lease_until = NULL, worker = NULL, updated_at = ? WHERE id = ?',
      )
      .run(state, error, runAfter, now, id)
  }
}
