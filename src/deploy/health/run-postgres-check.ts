import pg from 'pg'
import type { HealthCheckConfig } from './health-check-config.ts'

/** One PostgreSQL attempt: connect and `SELECT 1`. The password comes from the named secret. */
export async function runPostgresCheck(
  c: HealthCheckConfig,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ ok: boolean; message: string }> {
  const client = new pg.Client({
    host: c.host,
    port: c.port || 5432,
    user: c.user,
    database: c.database,
    password: c.passwordSecret ? env[c.passwordSecret] : undefined,
    connectionTimeoutMillis: c.timeoutS * 1000,
    query_timeout: c.timeoutS * 1000,
  })
  // pg emits 'error' on a dropped connection; without a listener that would crash the process.
  client.on('error', () => {})
  try {
    await client.connect()
    const res = await client.query('SELECT 1 AS ok')
    return res.rows.length === 1
      ? { ok: true, message: 'SELECT 1 answered' }
      : { ok: false, message: 'SELECT 1 returned no row' }
  } catch (error) {
    return { ok: false, message: `postgres ${c.host}:${c.port || 5432}/${c.database}: ${(error as Error).message}` }
  } finally {
    await client.end().catch(() => {})
  }
}
