import type { TargetExecutor } from '../targets/target-executor.ts'
import { runTargetScript } from './run-target-script.ts'

/** Default neutralization: what Odoo.sh does to staging copies (no crons, no outgoing or incoming mail). */
export const DEFAULT_NEUTRALIZE_SQL = `DO $$
BEGIN
  IF to_regclass('ir_cron') IS NOT NULL THEN UPDATE ir_cron SET active = false; END IF;
  IF to_regclass('ir_mail_server') IS NOT NULL THEN UPDATE ir_mail_server SET active = false; END IF;
  IF to_regclass('fetchmail_server') IS NOT NULL THEN UPDATE fetchmail_server SET active = false; END IF;
END $$;`

/**
 * Runs SQL in `db` with psql on the target (stop at the first error) and returns the rows
 * printed, one per line. The SQL travels in an env var, never inside the script text.
 */
export async function runSql(
  target: TargetExecutor,
  o: { db: string; sql: string; pg: Record<string, string>; what: string },
): Promise<string[]> {
  const out = await runTargetScript(target, {
    what: o.what,
    script: 'psql -X -q -tA --no-password -v ON_ERROR_STOP=1 -d "$ODA_TARGET_DB" -c "$ODA_SQL"',
    env: { ...o.pg, ODA_TARGET_DB: o.db, ODA_SQL: o.sql },
    timeoutMs: 600_000,
  })
  return out.split('\n').filter((l, i, all) => i < all.length - 1 || l.length > 0)
}
