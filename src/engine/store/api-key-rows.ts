import type { Permission } from '../../op/define-op.ts'
import type { ApiKeyRecord } from './api-key-record.ts'
import type { SqlDriver, SqlExecutor, SqlRow } from './sql-driver.ts'
import { readInt, readOptInt, readOptText, readText } from './sql-row.ts'

const COLUMNS = 'id, name, salt, hash, scopes, repo, role, created_by, created_at, expires_at, revoked_at, last_used_at'

/** Inserts a key; a duplicate id (a 64-bit collision) is refused. */
export async function insertApiKey(db: SqlDriver, k: ApiKeyRecord): Promise<void> {
  const rows = await db.write(
    `INSERT INTO oda_api_keys (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      k.id,
      k.name,
      k.salt,
      k.hash,
      JSON.stringify(k.scopes),
      k.repo ?? null,
      k.role,
      k.createdBy,
      Date.parse(k.createdAt),
      k.expiresAt === undefined ? null : Date.parse(k.expiresAt),
    ],
  )
  if (rows.length === 0) throw new Error(`api key id ${k.id} exists already; create the key again`)
}

/** One key by id, or every key (newest first). */
export async function selectApiKeys(db: SqlExecutor, id?: string): Promise<ApiKeyRecord[]> {
  const rows =
    id === undefined
      ? await db.query(`SELECT ${COLUMNS} FROM oda_api_keys ORDER BY created_at DESC, id`)
      : await db.query(`SELECT ${COLUMNS} FROM oda_api_keys WHERE id = $1`, [id])
  return rows.map(rowToKey)
}

function rowToKey(row: SqlRow): ApiKeyRecord {
  const iso = (col: string): string | undefined => {
    const ms = readOptInt(row, col)
    return ms === undefined ? undefined : new Date(ms).toISOString()
  }
  const key: ApiKeyRecord = {
    id: readText(row, 'id'),
    name: readText(row, 'name'),
    salt: readText(row, 'salt'),
    hash: readText(row, 'hash'),
    scopes: JSON.parse(readText(row, 'scopes')) as string[],
    role: readText(row, 'role') as Permission,
    createdBy: readText(row, 'created_by'),
    createdAt: new Date(readInt(row, 'created_at')).toISOString(),
  }
  const repo = readOptText(row, 'repo')
  if (repo !== undefined) key.repo = repo
  for (const [field, col] of [
    ['expiresAt', 'expires_at'],
    ['revokedAt', 'revoked_at'],
    ['lastUsedAt', 'last_used_at'],
  ] as const) {
    const v = iso(col)
    if (v !== undefined) key[field] = v
  }
  return key
}
