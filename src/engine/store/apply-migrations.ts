import type { SqlExecutor } from './sql-driver.ts'
import type { Migration } from './migrations.ts'
import { MIGRATIONS_TABLE } from './migrations.ts'
import { readText } from './sql-row.ts'

/**
 * Applies the migrations `tx` has not recorded yet, in order, and returns their ids.
 * Call it inside the driver's migration transaction so concurrent starters serialise.
 * Ids the database knows but this list does not (a newer release migrated first) are
 * left alone: migrations only add, so older code keeps working on a newer schema.
 */
export async function applyMigrations(tx: SqlExecutor, list: readonly Migration[], nowMs: number): Promise<string[]> {
  await tx.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`)
  const done = new Set((await tx.query(`SELECT id FROM ${MIGRATIONS_TABLE}`)).map((r) => readText(r, 'id')))
  const applied: string[] = []
  for (const m of list) {
    if (done.has(m.id)) continue
    await tx.exec(m.sql)
    await tx.query(`INSERT INTO ${MIGRATIONS_TABLE} (id, applied_at) VALUES ($1, $2)`, [m.id, nowMs])
    applied.push(m.id)
  }
  return applied
}
