import type { z } from 'zod'
import type { backupSchema } from '../../config/sections/environments.ts'

/** The `backup:` block of an environment. */
export type BackupConfig = z.output<typeof backupSchema>

/**
 * libpq environment for pg_dump, pg_restore and psql on the target. Connection values go in
 * PG* variables, never on a command line (where `ps` would show a password).
 */
export function pgEnv(
  b: BackupConfig,
  secrets: Readonly<Record<string, string | undefined>>,
  database: string,
): Record<string, string> {
  const env: Record<string, string> = {
    PGHOST: b.host,
    PGPORT: String(b.port),
    PGUSER: b.user,
    PGDATABASE: database,
    PGCONNECT_TIMEOUT: '10',
  }
  const password = b.passwordSecret ? secrets[b.passwordSecret] : undefined
  if (password) env.PGPASSWORD = password
  return env
}
