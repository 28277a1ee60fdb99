import type { TargetExecutor } from '../targets/target-executor.ts'
import { BackupError } from './backup-error.ts'
import { runTargetScript } from './run-target-script.ts'

// Checksum first: a truncated or altered dump must never reach a database.
const CHECK_SCRIPT = `cd -- "$ODA_BACKUP_DIR" || exit 3
[ -f "$ODA_BACKUP_FILE" ] || { echo "no such backup: $ODA_BACKUP_FILE" >&2; exit 4; }
if [ -f "$ODA_BACKUP_FILE.sha256" ]; then sha256sum --quiet -c -- "$ODA_BACKUP_FILE.sha256" || exit 5; else echo "no checksum file" >&2; exit 6; fi`

// psql interpolates :'db' (quoted as a literal) only in SQL read from stdin, not in -c.
const EXISTS_SCRIPT = `printf '%s\\n' "SELECT 1 FROM pg_database WHERE datname = :'db';" | psql -X -q -tA --no-password -d postgres -v ON_ERROR_STOP=1 -v db="$ODA_TARGET_DB"`

const RESTORE_SCRIPT = `set -e
if [ "$ODA_REPLACE" = 1 ]; then dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"; fi
createdb --no-password --maintenance-db=postgres -- "$ODA_TARGET_DB"
pg_restore --no-password --no-owner --no-privileges --exit-on-error --dbname="$ODA_TARGET_DB" -- "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"`

/**
 * Restores a dump into `targetDb` on the target's PostgreSQL: verifies its checksum, refuses
 * an existing database unless `replace`, creates it, runs pg_restore (no owners, no grants,
 * stop at the first error).
 */
export async function restoreBackup(
  target: TargetExecutor,
  o: { dir: string; file: string; targetDb: string; replace: boolean; pg: Record<string, string> },
): Promise<{ durationMs: number }> {
  const started = performance.now()
  const env = {
    ...o.pg,
    ODA_BACKUP_DIR: o.dir,
    ODA_BACKUP_FILE: o.file,
    ODA_TARGET_DB: o.targetDb,
    ODA_REPLACE: o.replace ? '1' : '0',
  }
  const check = await target.run({ script: CHECK_SCRIPT, env, timeoutMs: 600_000 })
  if (check.exitCode === 5)
    throw new BackupError('checksum_mismatch', `${o.file} does not match its recorded SHA-256; the dump is damaged`)
  if (check.exitCode !== 0)
    throw new BackupError(
      check.exitCode === 4 ? 'no_backup' : 'command_failed',
      `cannot verify ${o.file} on ${target.label}: ${(check.stderr || check.stdout).trim().slice(0, 300)}`,
    )
  if (!o.replace) {
    const exists = await runTargetScript(target, {
      what: 'checking the target database',
      script: EXISTS_SCRIPT,
      env,
      timeoutMs: 60_000,
    })
    if (exists.trim() === '1')
      throw new BackupError(
        'database_exists',
        `database ${o.targetDb} already exists; choose another name or pass --replace`,
      )
  }
  await runTargetScript(target, { what: 'pg_restore', script: RESTORE_SCRIPT, env })
  return { durationMs: Math.round(performance.now() - started) }
}

/** Drops a database (the scratch copy of `restore --verify`). */
export async function dropDatabase(
  target: TargetExecutor,
  o: { db: string; pg: Record<string, string> },
): Promise<void> {
  await runTargetScript(target, {
    what: 'dropdb',
    script: 'dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"',
    env: { ...o.pg, ODA_TARGET_DB: o.db },
    timeoutMs: 300_000,
  })
}
