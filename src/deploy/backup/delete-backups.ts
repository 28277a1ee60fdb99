import type { TargetExecutor } from '../targets/target-executor.ts'
import { BackupError } from './backup-error.ts'
import { runTargetScript } from './run-target-script.ts'

/** Deletes dumps (and their .sha256) by name; names are re-checked so nothing outside the folder can be named. */
export async function deleteBackups(
  target: TargetExecutor,
  o: { dir: string; names: readonly string[] },
): Promise<void> {
  if (o.names.length === 0) return
  for (const n of o.names)
    if (!/^[A-Za-z0-9_-]+-\d{8}T\d{6}Z\.dump$/.test(n))
      throw new BackupError('bad_name', `refusing to delete ${JSON.stringify(n)}: not a backup file name`)
  const script =
    'printf \'%s\\n\' "$ODA_DELETE" | while IFS= read -r f; do rm -f -- "$ODA_BACKUP_DIR/$f" "$ODA_BACKUP_DIR/$f.sha256"; done'
  await runTargetScript(target, {
    what: 'deleting old backups',
    script,
    env: { ODA_BACKUP_DIR: o.dir, ODA_DELETE: o.names.join('\n') },
    timeoutMs: 60_000,
  })
}
