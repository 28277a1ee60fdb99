import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { loadSqlite } from './load-sqlite.ts'
import type { StatementSync } from 'node:sqlite'
import type { SqlDriver, SqlRow, SqlValue } from './sql-driver.ts'
import type { Migration } from './migrations.ts'
import { MIGRATION_SQL, pendingMigrations } from './pending-migrations.ts'
import { readText } from './sql-row.ts'
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
  return new SqlStore(new SqliteDriver(resolve(options.file), options.busyTimeoutMs ?? 10_000), options)
}

/** `$1` placeholders become sqlite's numbered `?1`, so one SQL text serves both engines. */
function toSqlite(sql: string): string {
  return sql.replace(/\$(\d+)/g, '?$1')
}

/**
 * Every connection of this process to one file queues on the same gate, so calls keep
 * their order. Each call runs synchronously, transactions included: no transaction is
 * ever open while this thread runs other code, whose `BEGIN IMMEDIATE` would otherwise
 * block the thread on a lock only this thread can release.
 */
const gates = new Map<string, { tail: Promise<unknown>; users: number }>()

class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite'
  readonly #file: string
  readonly #db: DatabaseSync
  readonly #statements = new Map<string, StatementSync>()
  readonly #gate: { tail: Promise<unknown>; users: number }

  constructor(file: string, busyTimeoutMs: number) {
    this.#file = file
    this.#db = new (loadSqlite().DatabaseSync)(file, { timeout: busyTimeoutMs })
    // WAL lets readers and one writer work at once across processes; NORMAL sync is durable in WAL mode.
    this.#db.exec('PRAGMA journal_mode = WAL')
    this.#db.exec('PRAGMA synchronous = NORMAL')
    const gate = gates.get(file) ?? { tail: Promise.resolve(), users: 0 }
    gate.users += 1
    gates.set(file, gate)
    this.#gate = gate
  }

  #run(sql: string, params: readonly SqlValue[]): SqlRow[] {
    let stmt = this.#statements.get(sql)
    if (!stmt) {
      stmt = this.#db.prepare(toSqlite(sql))
      this.#statements.set(sql, stmt)
    }
    return stmt.all(...params)
  }

  #serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.#gate.tail.then(fn)
    this.#gate.tail = result.catch(() => undefined)
    return result
  }

  query(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.#serial(() => this.#run(sql, params))
  }

  exec(sql: string): Promise<void> {
    return this.#serial(() => this.#db.exec(sql))
  }

  write(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    // Synchronous from BEGIN to COMMIT: IMMEDIATE takes the write lock up front (waiting up
    // to the busy timeout for other processes), so no stale read snapshot ever needs upgrading.
    return this.#serial(() => {
      this.#db.exec('BEGIN IMMEDIATE')
      try {
        const rows = this.#run(sql, params)
        this.#db.exec('COMMIT')
        return rows
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK')
        throw error
      }
    })
  }

  migrate(list: readonly Migration[], nowMs: number): Promise<string[]> {
    // BEGIN IMMEDIATE serialises migrators across processes; being synchronous, nothing
    // else in this process can start a transaction on this file in between.
    return this.#serial(() => {
      this.#db.exec('BEGIN IMMEDIATE')
      try {
        this.#db.exec(MIGRATION_SQL.createTable)
        const pending = pendingMigrations(
          list,
          this.#run(MIGRATION_SQL.selectApplied, []).map((r) => readText(r, 'id')),
        )
        for (const m of pending) {
          this.#db.exec(m.sql)
          this.#run(MIGRATION_SQL.recordApplied, [m.id, nowMs])
        }
        this.#db.exec('COMMIT')
        return pending.map((m) => m.id)
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK')
        throw error
      }
    })
  }

  async close(): Promise<void> {
    await this.#serial(() => {
      this.#statements.clear()
      this.#db.close()
    })
    this.#gate.users -= 1
    if (this.#gate.users === 0 && gates.get(this.#file) === this.#gate) gates.delete(this.#file)
  }
}
