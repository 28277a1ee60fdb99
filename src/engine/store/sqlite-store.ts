import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { StatementSync } from 'node:sqlite'
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts'
import { SqlStore } from './sql-store.ts'
import type { SqlStoreOptions } from './sql-store.ts'

export interface SqliteStoreOptions extends SqlStoreOptions {
  /** Database file; its folder is created (mode 0700) when missing. */
  file: string
  /** How long a writer waits for another process's write lock before failing (ms). */
  busyTimeoutMs?: number
}

/**
 * Opens the embedded store: one node:sqlite file in WAL mode (readers never block the
 * writer), a busy timeout so concurrent processes queue instead of failing, and every
 * write in `BEGIN IMMEDIATE`. Call `migrate()` before use (openStore does).
 */
export function openSqliteStore(options: SqliteStoreOptions): SqlStore {
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 })
  return new SqlStore(new SqliteDriver(options.file, options.busyTimeoutMs ?? 10_000), options)
}

/** `$1` placeholders become sqlite's numbered `?1`, so one SQL text serves both engines. */
function toSqlite(sql: string): string {
  return sql.replace(/\$(\d+)/g, '?$1')
}

class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite'
  readonly #db: DatabaseSync
  readonly #statements = new Map<string, StatementSync>()
  // One connection serves every caller of this process: calls queue here so one caller's
  // statement never lands inside another caller's open transaction.
  #tail: Promise<unknown> = Promise.resolve()
  readonly #raw: SqlExecutor

  constructor(file: string, busyTimeoutMs: number) {
    this.#db = new DatabaseSync(file, { timeout: busyTimeoutMs })
    // WAL lets readers and one writer work at once across processes; NORMAL sync is durable in WAL mode.
    this.#db.exec('PRAGMA journal_mode = WAL')
    this.#db.exec('PRAGMA synchronous = NORMAL')
    this.#raw = {
      query: async (sql, params) => this.#run(sql, params ?? []),
      exec: async (sql) => this.#db.exec(sql),
    }
  }

  #run(sql: string, params: readonly SqlValue[]): SqlRow[] {
    let stmt = this.#statements.get(sql)
    if (!stmt) {
      stmt = this.#db.prepare(toSqlite(sql))
      this.#statements.set(sql, stmt)
    }
    return stmt.all(...params)
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn)
    this.#tail = result.catch(() => undefined)
    return result
  }

  query(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.#serial(async () => this.#run(sql, params))
  }

  exec(sql: string): Promise<void> {
    return this.#serial(async () => this.#db.exec(sql))
  }

  write(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.transaction((tx) => tx.query(sql, params))
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#serial(async () => {
      // IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so the
      // transaction never has to upgrade a stale read snapshot, which sqlite cannot wait on.
      this.#db.exec('BEGIN IMMEDIATE')
      try {
        const value = await fn(this.#raw)
        this.#db.exec('COMMIT')
        return value
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK')
        throw error
      }
    })
  }

  migrationTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    // BEGIN IMMEDIATE already serialises migrators across processes.
    return this.transaction(fn)
  }

  async close(): Promise<void> {
    await this.#serial(async () => {
      this.#statements.clear()
      this.#db.close()
    })
  }
}
