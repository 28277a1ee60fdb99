/** A value bound to a `$n` placeholder. Times are epoch milliseconds, JSON is text. */
export type SqlValue = string | number | null

/** One result row, column name to raw value (PostgreSQL returns BIGINT as a string). */
export type SqlRow = Record<string, unknown>

/** Runs statements written with `$1`-style placeholders on either engine. */
export interface SqlExecutor {
  /** One statement; returns its rows (use `RETURNING` to learn what a write touched). */
  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

/**
 * The tiny layer the shared store code talks to. Each backend maps it to its engine:
 * write transactions are `BEGIN IMMEDIATE` on sqlite (the write lock is taken first, so
 * no read-then-upgrade deadlock) and a pooled client's `BEGIN` on PostgreSQL.
 */
export interface SqlDriver extends SqlExecutor {
  readonly kind: 'sqlite' | 'postgres'
  /** One write statement, atomic on its own. */
  write(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>
  /** Runs `fn` in one write transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>
  /** Like `transaction`, holding the engine's cross-process migration lock. */
  migrationTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>
  close(): Promise<void>
}
