import pg from 'pg'
import type { PoolClient } from 'pg'
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts'
import { SqlStore } from './sql-store.ts'
import type { SqlStoreOptions } from './sql-store.ts'
import { StoreInputError } from './store-input-error.ts'
import type { Migration } from './migrations.ts'
import { MIGRATION_SQL, pendingMigrations } from './pending-migrations.ts'
import { readText } from './sql-row.ts'

export interface PgStoreOptions extends SqlStoreOptions {
  /** A libpq connection URL (`DATABASE_URL`). */
  connectionString: string
  /** Schema holding oda's tables (created by migrate); default: the server's search_path. */
  schema?: string
  /** Pool size. */
  maxConnections?: number
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * Opens the scale-out store on PostgreSQL through a `pg` Pool. Several replicas may
 * share one database: migrations serialise on an advisory lock, writes are single
 * atomic statements or transactions. Call `migrate()` before use (openStore does).
 */
export function openPgStore(options: PgStoreOptions): SqlStore {
  const { schema } = options
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new StoreInputError('schema', `${JSON.stringify(schema)} is not a plain lower-case identifier (a-z, 0-9, _)`)
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // Set at connection start, so no query can ever run against another search_path.
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle client that dies (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  return new SqlStore(new PgDriver(pool, schema), options)
}

function executor(client: pg.Pool | PoolClient): SqlExecutor {
  return {
    query: async (sql, params) => (await client.query<SqlRow>(sql, params ? [...params] : [])).rows,
    exec: async (sql) => {
      await client.query(sql)
    },
  }
}

/** Stable 31-bit key for the advisory lock, per schema so separate schemas migrate independently. */
function lockKey(schema: string): number {
  let h = 0x811c9dc5
  for (const ch of `oda-migrate:${schema}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193)
  return h & 0x7fffffff
}

class PgDriver implements SqlDriver {
  readonly kind = 'postgres'
  readonly #pool: pg.Pool
  readonly #schema: string | undefined
  readonly #direct: SqlExecutor

  constructor(pool: pg.Pool, schema: string | undefined) {
    this.#pool = pool
    this.#schema = schema
    this.#direct = executor(pool)
  }

  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.#direct.query(sql, params)
  }

  exec(sql: string): Promise<void> {
    return this.#direct.exec(sql)
  }

  write(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    // One statement is atomic on its own in PostgreSQL; no BEGIN round trips needed.
    return this.#direct.query(sql, params)
  }

  async migrate(list: readonly Migration[], nowMs: number): Promise<string[]> {
    const client = await this.#pool.connect()
    let broken = false
    try {
      const tx = executor(client)
      await client.query('BEGIN')
      // Transaction-scoped advisory lock: concurrent starters wait here, then see the work done.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [lockKey(this.#schema ?? '')])
      if (this.#schema !== undefined) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`)
      await tx.exec(MIGRATION_SQL.createTable)
      const pending = pendingMigrations(
        list,
        (await tx.query(MIGRATION_SQL.selectApplied)).map((r) => readText(r, 'id')),
      )
      for (const m of pending) {
        await tx.exec(m.sql)
        await tx.query(MIGRATION_SQL.recordApplied, [m.id, nowMs])
      }
      await client.query('COMMIT')
      return pending.map((m) => m.id)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true
      })
      throw error
    } finally {
      // A connection that could not even roll back is discarded rather than reused.
      client.release(broken)
    }
  }

  async close(): Promise<void> {
    await this.#pool.end()
  }
}
