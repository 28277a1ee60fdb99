import type { TargetExecutor } from '../targets/target-executor.ts'
import type { BackupEntry } from '../select-backups-to-delete.ts'
import { parseBackupFileName } from './backup-file-name.ts'
import { runTargetScript } from './run-target-script.ts'

/** Dumps of `database` in the backup folder on the target, newest first (other files ignored). */
export async function listBackups(
  target: TargetExecutor,
  o: { dir: string; database: string },
): Promise<BackupEntry[]> {
  const out = await runTargetScript(target, {
    what: 'listing backups',
    script: '[ -d "$ODA_BACKUP_DIR" ] || exit 0\nls -1A -- "$ODA_BACKUP_DIR"',
    env: { ODA_BACKUP_DIR: o.dir },
    timeoutMs: 60_000,
  })
  const entries: BackupEntry[] = []
  for (const name of out.split('\n')) {
    const takenAt = parseBackupFileName(o.database, name.trim())
    if (takenAt) entries.push({ name: name.trim(), takenAt })
  }
  return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
}
