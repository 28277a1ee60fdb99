import type { OpContext } from '../../../op/context.ts'
import { makeReport, type Report } from '../../../op/report.ts'
import { findEnvironment } from '../../../config/find-environment.ts'
import { selectBackupsToDelete } from '../../select-backups-to-delete.ts'
import { backupFileName } from '../../backup/backup-file-name.ts'
import { BackupError } from '../../backup/backup-error.ts'
import { pgEnv } from '../../backup/pg-env.ts'
import { takeBackup, type BackupFile } from '../../backup/take-backup.ts'
import { listBackups } from '../../backup/list-backups.ts'
import { deleteBackups } from '../../backup/delete-backups.ts'
import { runUrlOf, triggerOf } from '../../describe-run.ts'
import { openTarget } from '../../targets/open-target.ts'
import type { TargetExecutor } from '../../targets/target-executor.ts'
import type { BackupInput } from './schema.ts'

/**
 * Backs up an environment's database:
 * 1. find the environment and its backup settings; open the target;
 * 2. dry run: the file name and what retention would delete;
 * 3. pg_dump (custom format, compressed) to a timestamped file with its SHA-256;
 * 4. retention, only after the dump succeeded;
 * 5. the report, whose data is the evidence record.
 */
export async function runBackup(ctx: OpContext, input: BackupInput): Promise<Report> {
  const started = ctx.now()
  const base = {
    schemaVersion: 1 as const,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    startedAt: started.toISOString(),
  }
  let target: TargetExecutor | undefined
  try {
    const env = findEnvironment(ctx.config, input.environment)
    const b = env.backup
    if (!b.database)
      throw new BackupError(
        'not_configured',
        `environments.${input.environment}.backup.database is empty; set the database to back up`,
      )
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret])
    target = await openTarget({ envName: input.environment, env, ctx })
    const t = target
    const pg = pgEnv(b, ctx.env, b.database)
    const file = backupFileName(b.database, started)
    if (input.dryRun) {
      const existing = input.noRetention ? [] : await listBackups(t, { dir: b.dir, database: b.database })
      const wouldDelete = input.noRetention
        ? []
        : selectBackupsToDelete([{ name: file, takenAt: started }, ...existing], b.retention, started).remove.map(
            (e) => e.name,
          )
      const data = {
        ...base,
        outcome: 'planned',
        database: b.database,
        target: t.label,
        file,
        retention: input.noRetention ? 'off' : 'on',
        wouldDelete,
      }
      const retentionLine = input.noRetention
        ? 'retention is off (--no-retention): no old backup would be deleted.'
        : `retention would delete ${wouldDelete.length} old backups.`
      return makeReport({
        conclusion: 'success',
        title: `Backup of ${b.database} (${input.environment}) planned: ${file}`,
        summary: `Would write ${b.dir}/${file}; ${retentionLine}`,
        data,
      })
    }
    const dump: BackupFile = await ctx.step('pg_dump', async (h) => {
      const d = await takeBackup(t, { dir: b.dir, file, compress: b.compress, pg })
      h.note(`${d.path} ${d.bytes} bytes sha256:${d.sha256}`)
      return d
    })
    const retention = input.noRetention
      ? { kept: [] as string[], deleted: [] as string[], skipped: true }
      : await ctx.step('retention', async (h) => {
          const all = await listBackups(t, { dir: b.dir, database: b.database })
          const { keep, remove } = selectBackupsToDelete(all, b.retention, ctx.now())
          await deleteBackups(t, { dir: b.dir, names: remove.map((e) => e.name) })
          h.note(`kept ${keep.length}, deleted ${remove.length}`)
          return { kept: keep.map((e) => e.name), deleted: remove.map((e) => e.name), skipped: false }
        })
    const durationMs = ctx.now().getTime() - started.getTime()
    const data = {
      ...base,
      outcome: 'backed_up',
      database: b.database,
      target: t.label,
      ...dump,
      durationMs,
      retention: { rules: b.retention, ...retention },
    }
    const summary = [
      `| | |`,
      `|---|---|`,
      `| database | ${b.database} on ${t.label} |`,
      `| file | \`${dump.path}\` |`,
      `| size | ${dump.bytes} bytes |`,
      `| sha256 | \`${dump.sha256}\` |`,
      `| retention | kept ${retention.kept.length}, deleted ${retention.deleted.length}${retention.skipped ? ' (skipped)' : ''} |`,
    ].join('\n')
    return makeReport({
      conclusion: 'success',
      title: `Backed up ${b.database} (${input.environment}): ${dump.file}`,
      summary,
      data,
    })
  } catch (error) {
    if (!(error instanceof BackupError) && !['DeployError', 'TargetError'].includes((error as Error).name)) throw error
    const message = ctx.redact.redact((error as Error).message)
    return makeReport({
      conclusion: 'failure',
      title: `Backup of ${input.environment} failed: ${message}`,
      summary: message,
      data: { ...base, outcome: 'failed', failure: message },
    })
  } finally {
    await target?.close()
  }
}
