import type { OpContext } from '../../../op/context.ts'
import { makeReport, type Report } from '../../../op/report.ts'
import { findEnvironment } from '../../../config/find-environment.ts'
import { BackupError } from '../../backup/backup-error.ts'
import { RestoreUsageError } from '../../backup/restore-usage-error.ts'
import { pgEnv } from '../../backup/pg-env.ts'
import { listBackups } from '../../backup/list-backups.ts'
import { dropDatabase, restoreBackup } from '../../backup/restore-backup.ts'
import { DEFAULT_NEUTRALIZE_SQL, runSql } from '../../backup/run-sql.ts'
import { protectedDatabases } from '../../backup/protected-databases.ts'
import { runUrlOf, triggerOf } from '../../describe-run.ts'
import { openTarget } from '../../targets/open-target.ts'
import type { TargetExecutor } from '../../targets/target-executor.ts'
import type { RestoreInput } from './schema.ts'

/**
 * Restores a backup:
 * 1. find the environment; refuse a production database as target without --i-know-this-is-production;
 * 2. pick the backup (named, or the newest) on the target;
 * 3. dry run: stop with the plan;
 * 4. checksum check, create, pg_restore (into a scratch database with --verify);
 * 5. neutralization SQL (not for --verify copies, which are dropped anyway);
 * 6. --verify: sanity queries, then drop the scratch database whatever happened;
 * 7. the report, whose data is the evidence record.
 */
export async function runRestore(ctx: OpContext, input: RestoreInput): Promise<Report> {
  const base = {
    schemaVersion: 1 as const,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    verify: input.verify,
  }
  let target: TargetExecutor | undefined
  try {
    const env = findEnvironment(ctx.config, input.environment)
    if (!input.verify && !input.targetDatabase)
      throw new RestoreUsageError(
        'restore needs --target-database <name> (the database to restore into), or --verify to restore into a scratch database and drop it',
      )
    const b = env.backup
    if (!b.database)
      throw new BackupError(
        'not_configured',
        `environments.${input.environment}.backup.database is empty; set the database whose backups to restore`,
      )
    const stamp = ctx.now().toISOString().replace(/\D/g, '').slice(0, 14)
    const targetDb = input.verify ? `oda_verify_${b.database}_${stamp}`.toLowerCase() : input.targetDatabase
    if (protectedDatabases(ctx.config).has(targetDb) && !input.iKnowThisIsProduction)
      throw new BackupError(
        'production_target',
        `${targetDb} is a production database; restoring over it needs --i-know-this-is-production`,
      )
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret])
    target = await openTarget({ envName: input.environment, env, ctx })
    const t = target
    const pg = pgEnv(b, ctx.env, 'postgres')
    const file = input.backup || (await listBackups(t, { dir: b.dir, database: b.database }))[0]?.name
    if (!file) throw new BackupError('no_backup', `no backup of ${b.database} in ${b.dir} on ${t.label}`)
    const plan = {
      ...base,
      database: b.database,
      target: t.label,
      file,
      targetDatabase: targetDb,
      neutralize: input.neutralize && !input.verify,
    }
    if (input.dryRun)
      return makeReport({
        conclusion: 'success',
        title: `Restore of ${file} into ${targetDb} planned`,
        data: { ...plan, outcome: 'planned' },
      })
    const restored = await ctx.step('pg_restore', () =>
      restoreBackup(t, { dir: b.dir, file, targetDb, replace: input.replace, pg }),
    )
    let neutralized = false
    let checks: { sql: string; rows: number; ok: boolean; error?: string }[] = []
    try {
      if (plan.neutralize) {
        await ctx.step('neutralize', () =>
          runSql(t, { db: targetDb, sql: b.neutralizeSql || DEFAULT_NEUTRALIZE_SQL, pg, what: 'neutralization SQL' }),
        )
        neutralized = true
      }
      if (input.verify) {
        checks = await ctx.step('sanity queries', async () => {
          const out = []
          for (const sql of b.verifyQueries) {
            try {
              const rows = await runSql(t, { db: targetDb, sql, pg, what: 'sanity query' })
              out.push({ sql, rows: rows.length, ok: rows.length > 0 })
            } catch (error) {
              out.push({ sql, rows: 0, ok: false, error: ctx.redact.redact((error as Error).message) })
            }
          }
          return out
        })
      }
    } finally {
      if (input.verify) await ctx.step('drop scratch database', () => dropDatabase(t, { db: targetDb, pg }))
    }
    const ok = checks.every((c) => c.ok)
    const data = {
      ...plan,
      outcome: input.verify ? (ok ? 'verified' : 'verify_failed') : 'restored',
      neutralized,
      checks,
      dropped: input.verify,
      durationMs: restored.durationMs,
    }
    const title = input.verify
      ? `Restore test of ${file}: ${ok ? 'passed' : 'FAILED'} (${checks.filter((c) => c.ok).length}/${checks.length} sanity queries)`
      : `Restored ${file} into ${targetDb}${neutralized ? ' (neutralized)' : ''}`
    const summary = checks.length
      ? [
          '| query | rows | result |',
          '|---|---|---|',
          ...checks.map(
            (c) => `| \`${c.sql.replace(/\|/g, '\\|')}\` | ${c.rows} | ${c.ok ? 'ok' : `FAIL ${c.error ?? ''}`} |`,
          ),
        ].join('\n')
      : title
    return makeReport({ conclusion: ok ? 'success' : 'failure', title, summary, data })
  } catch (error) {
    if (!(error instanceof BackupError) && !['DeployError', 'TargetError'].includes((error as Error).name)) throw error
    const message = ctx.redact.redact((error as Error).message)
    return makeReport({
      conclusion: 'failure',
      title: `Restore refused or failed: ${message}`,
      summary: message,
      data: { ...base, outcome: 'failed', failure: message },
    })
  } finally {
    await target?.close()
  }
}
