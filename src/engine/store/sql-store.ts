import type { RunRecord, RunState } from '../run-record.ts'
import { assertTransition, IllegalTransitionError, isTerminal } from '../run-state.ts'
import type { Lease, ListRunsQuery, RecordedEvidence, RunPatch, Store } from './store.ts'
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts'
import { migrations } from './migrations.ts'
import { patchToSql, RUN_COLUMNS, rowToRun, runToValues, toMs } from './run-row.ts'
import { readInt, readOptInt, readOptText, readText } from './sql-row.ts'
import { RunNotFoundError } from './run-not-found-error.ts'
import { DuplicateRunError } from './duplicate-run-error.ts'
import { StoreInputError } from './store-input-error.ts'
import type { ApiKeyRecord } from './api-key-record.ts'
import { insertApiKey, selectApiKeys } from './api-key-rows.ts'

const DEFAULT_LIST_LIMIT = 100
const MAX_LIST_LIMIT = 1000
const MAX_EVIDENCE_ROWS = 100_000
const INSERT_RUN = `INSERT INTO oda_runs (${RUN_COLUMNS.join(', ')}) VALUES (${RUN_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING RETURNING id`

// Free or expired (or already ours: re-acquiring is idempotent and extends the lease).
// Both engines accept this upsert; its WHERE makes take-over one atomic statement.
const ACQUIRE_LOCK = `INSERT INTO oda_locks (lock_key, owner, reason, acquired_at, expires_at) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (lock_key) DO UPDATE SET owner = excluded.owner, reason = excluded.reason, expires_at = excluded.expires_at,
  acquired_at = CASE WHEN oda_locks.owner = excluded.owner THEN oda_locks.acquired_at ELSE excluded.acquired_at END
WHERE oda_locks.expires_at < $4 OR oda_locks.owner = excluded.owner
RETURNING owner`

export interface SqlStoreOptions {
  /** Clock for lease expiry and automatic start/end times; injectable for tests. */
  now?: () => Date
}

/**
 * The Store over any SqlDriver: every query is written once, in the SQL both engines
 * accept, so the sqlite and PostgreSQL backends cannot drift apart.
 */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres'
  readonly #db: SqlDriver
  readonly #now: () => Date
  #closed = false

  constructor(driver: SqlDriver, options: SqlStoreOptions = {}) {
    this.kind = driver.kind
    this.#db = driver
    this.#now = options.now ?? (() => new Date())
  }

  async migrate(): Promise<void> {
    await this.#db.migrate(migrations, this.#now().getTime())
  }

  async createRun(run: RunRecord): Promise<void> {
    if (run.state !== 'queued')
      throw new StoreInputError(
        'state',
        `a new run starts as queued, got ${JSON.stringify(run.state)}; create it queued, then transition()`,
      )
    const rows = await this.#db.write(INSERT_RUN, runToValues(run))
    if (rows.length === 0) throw new DuplicateRunError(run.id)
  }

  async transition(id: string, from: RunState, to: RunState, patch: RunPatch = {}): Promise<void> {
    assertTransition(id, from, to)
    const stamped: RunPatch = { ...patch }
    const now = this.#now().toISOString()
    // Times the engine did not set itself, so cooldown and durations never miss a run.
    if (to === 'running' && stamped.startedAt === undefined) stamped.startedAt = now
    if (isTerminal(to) && stamped.endedAt === undefined) stamped.endedAt = now
    const { sets, values } = patchToSql(stamped, 4)
    const sql = `UPDATE oda_runs SET ${['state = $3', ...sets].join(', ')} WHERE id = $1 AND state = $2 RETURNING id`
    const rows = await this.#db.write(sql, [id, from, to, ...values])
    if (rows.length > 0) return
    const current = await this.#db.query('SELECT state FROM oda_runs WHERE id = $1', [id])
    const row = current[0]
    if (!row) throw new RunNotFoundError(id)
    throw new IllegalTransitionError(
      id,
      from,
      to,
      `the run is ${readText(row, 'state')}, not ${from}: another writer moved it first`,
    )
  }

  async updateRun(id: string, patch: RunPatch): Promise<void> {
    const { sets, values } = patchToSql(patch, 2)
    const rows =
      sets.length === 0
        ? await this.#db.query('SELECT id FROM oda_runs WHERE id = $1', [id])
        : await this.#db.write(`UPDATE oda_runs SET ${sets.join(', ')} WHERE id = $1 RETURNING id`, [id, ...values])
    if (rows.length === 0) throw new RunNotFoundError(id)
  }

  async getRun(id: string): Promise<RunRecord | undefined> {
    const rows = await this.#db.query(`SELECT * FROM oda_runs WHERE id = $1`, [id])
    return rows[0] ? rowToRun(rows[0]) : undefined
  }

  async listRuns(query: ListRunsQuery = {}): Promise<RunRecord[]> {
    const limit = query.limit ?? DEFAULT_LIST_LIMIT
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT)
      throw new StoreInputError('limit', `must be an integer from 1 to ${MAX_LIST_LIMIT}, got ${limit}`)
    const where: string[] = []
    const params: SqlValue[] = []
    if (query.op !== undefined) where.push(`op = $${params.push(query.op)}`)
    if (query.state !== undefined) where.push(`state = $${params.push(query.state)}`)
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
    const rows = await this.#db.query(
      `SELECT * FROM oda_runs ${filter} ORDER BY created_at DESC, id DESC LIMIT $${params.push(limit)}`,
      params,
    )
    return rows.map(rowToRun)
  }

  async listEvidence(dir: string): Promise<RecordedEvidence[]> {
    const base = dir.replace(/\/+$/, '')
    // LIKE with every wildcard of the folder name escaped: a prefix match, nothing more.
    const prefix = `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`
    const rows = await this.#db.query(
      `SELECT id, evidence_path, evidence_digest, created_at FROM oda_runs
       WHERE evidence_path IS NOT NULL AND evidence_digest IS NOT NULL AND (evidence_path = $1 OR evidence_path LIKE $2 ESCAPE '\\')
       ORDER BY created_at, id LIMIT ${MAX_EVIDENCE_ROWS}`,
      [base, prefix],
    )
    return rows.map((row) => ({
      runId: readText(row, 'id'),
      path: readText(row, 'evidence_path'),
      digest: readText(row, 'evidence_digest'),
      createdAt: new Date(readInt(row, 'created_at')).toISOString(),
    }))
  }

  async countRuns(op: string, scope: string, since: Date): Promise<number> {
    // Runs refused by policy (conclusion action_required) did nothing, so they use no budget.
    const rows = await this.#db.query(
      "SELECT COUNT(*) AS n FROM oda_runs WHERE op = $1 AND scope = $2 AND created_at >= $3 AND (conclusion IS NULL OR conclusion <> 'action_required')",
      [op, scope, since.getTime()],
    )
    return rows[0] ? readInt(rows[0], 'n') : 0
  }

  async lastEndedAt(op: string, scope: string): Promise<Date | undefined> {
    const rows = await this.#db.query(
      "SELECT MAX(ended_at) AS t FROM oda_runs WHERE op = $1 AND scope = $2 AND (conclusion IS NULL OR conclusion <> 'action_required')",
      [op, scope],
    )
    const t = rows[0] ? readOptInt(rows[0], 't') : undefined
    return t === undefined ? undefined : new Date(t)
  }

  async acquireLock(lease: Lease): Promise<{ acquired: true; lease: Lease } | { acquired: false; holder: Lease }> {
    for (const f of ['key', 'owner'] as const)
      if (typeof lease[f] !== 'string' || lease[f].length === 0)
        throw new StoreInputError(`lease.${f}`, 'must be a non-empty string')
    const expires = toMs(lease.expiresAt, 'lease.expiresAt')
    const now = this.#now().getTime()
    if (expires <= now)
      throw new StoreInputError(
        'lease.expiresAt',
        `${lease.expiresAt} is not in the future; a lease needs a positive TTL`,
      )
    // The holder may release between the upsert and the read; then the next upsert wins.
    for (let attempt = 1; ; attempt++) {
      const won = await this.#db.write(ACQUIRE_LOCK, [lease.key, lease.owner, lease.reason ?? null, now, expires])
      if (won.length > 0) return { acquired: true, lease: toLease(lease.key, lease.owner, expires, lease.reason) }
      const holder = await readLock(this.#db, lease.key, now)
      if (holder) return { acquired: false, holder }
      if (attempt >= 5)
        throw new Error(`lock ${lease.key}: could neither take it nor read its holder after ${attempt} attempts`)
    }
  }

  async renewLock(key: string, owner: string, expiresAt: string): Promise<boolean> {
    const expires = toMs(expiresAt, 'expiresAt')
    // An expired lease is lost even if nobody took it yet: the holder must not assume it kept it.
    const rows = await this.#db.write(
      'UPDATE oda_locks SET expires_at = $3 WHERE lock_key = $1 AND owner = $2 AND expires_at >= $4 RETURNING owner',
      [key, owner, expires, this.#now().getTime()],
    )
    return rows.length > 0
  }

  async releaseLock(key: string, owner: string): Promise<void> {
    await this.#db.write('DELETE FROM oda_locks WHERE lock_key = $1 AND owner = $2', [key, owner])
  }

  async getLock(key: string): Promise<Lease | undefined> {
    return readLock(this.#db, key, this.#now().getTime())
  }

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    await insertApiKey(this.#db, key)
  }

  async getApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    return (await selectApiKeys(this.#db, id))[0]
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return selectApiKeys(this.#db)
  }

  async revokeApiKey(id: string, at: string): Promise<boolean> {
    const rows = await this.#db.write(
      'UPDATE oda_api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id, toMs(at, 'at')],
    )
    return rows.length > 0
  }

  async touchApiKey(id: string, at: string): Promise<void> {
    await this.#db.write('UPDATE oda_api_keys SET last_used_at = $2 WHERE id = $1', [id, toMs(at, 'at')])
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#db.close()
  }
}

/** The live lease on `key`; an expired one counts as free. */
async function readLock(db: SqlExecutor, key: string, now: number): Promise<Lease | undefined> {
  const rows: SqlRow[] = await db.query(
    'SELECT owner, reason, expires_at FROM oda_locks WHERE lock_key = $1 AND expires_at >= $2',
    [key, now],
  )
  const row = rows[0]
  return row ? toLease(key, readText(row, 'owner'), readInt(row, 'expires_at'), readOptText(row, 'reason')) : undefined
}

function toLease(key: string, owner: string, expiresMs: number, reason: string | undefined): Lease {
  const lease: Lease = { key, owner, expiresAt: new Date(expiresMs).toISOString() }
  if (reason !== undefined && reason !== null) lease.reason = reason
  return lease
}
