import type { SqlRow } from './sql-driver.ts'

/** A TEXT column that must be present. */
export function readText(row: SqlRow, col: string): string {
  const v = row[col]
  if (typeof v !== 'string') throw new TypeError(`store: column ${col} holds ${typeof v}, expected text`)
  return v
}

/** A nullable TEXT column. */
export function readOptText(row: SqlRow, col: string): string | undefined {
  return row[col] === null || row[col] === undefined ? undefined : readText(row, col)
}

/** A nullable BIGINT/COUNT column; PostgreSQL returns 64-bit integers as strings. */
export function readOptInt(row: SqlRow, col: string): number | undefined {
  const v = row[col]
  if (v === null || v === undefined) return undefined
  const n = typeof v === 'number' ? v : typeof v === 'string' || typeof v === 'bigint' ? Number(v) : NaN
  if (!Number.isFinite(n)) throw new TypeError(`store: column ${col} holds ${String(v)}, expected an integer`)
  return n
}

/** A BIGINT/COUNT column that must be present. */
export function readInt(row: SqlRow, col: string): number {
  const n = readOptInt(row, col)
  if (n === undefined) throw new TypeError(`store: column ${col} is null, expected an integer`)
  return n
}
