import type { Migration } from './migrations.ts'
import { MIGRATIONS_TABLE } from './migrations.ts'

/** The bookkeeping statements every driver runs around the migrations, in the shared SQL subset. */
export const MIGRATION_SQL = {
  createTable: `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`,
  selectApplied: `SELECT id FROM ${MIGRATIONS_TABLE}`,
  recordApplied: `INSERT INTO ${MIGRATIONS_TABLE} (id, applied_at) VALUES ($1, $2)`,
} as const

/**
 * The migrations of `list` not yet applied, in order. Ids the database knows but the list
 * does not (a newer release migrated first) are ignored: migrations only add, so older
 * code keeps working on a newer schema.
 */
export function pendingMigrations(list: readonly Migration[], applied: Iterable<string>): Migration[] {
  const done = new Set(applied)
  return list.filter((m) => !done.has(m.id))
}
