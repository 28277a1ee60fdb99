/** A value bound to a `$n` placeholder. Times are epoch milliseconds, JSON is text. */
export type SqlValue = string | number | null

import type { Migration } from './migrations.ts'

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
 * The tiny layer the shared store code talks to. Every store write is ONE atomic
 * statement (compare-and-set, upsert). On sqlite every transaction, migrations included,
 * runs synchronously from `BEGIN IMMEDIATE` to `COMMIT`, so none stays open across an
 * `await`: another connection of the same thread would otherwise block on it until its
 * busy timeout.
 */
export interface SqlDriver extends SqlExecutor {
  readonly kind: 'sqlite' | 'postgres'
  /** One write statement, atomic on its own. */
  write(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>
  /**
   * Applies the pending migrations of `list` in one transaction holding the engine's
   * cross-process lock, recording each; returns the ids applied. Idempotent.
   */
  migrate(list: readonly Migration[], nowMs: number): Promise<string[]>
  close(): Promise<void>
}
