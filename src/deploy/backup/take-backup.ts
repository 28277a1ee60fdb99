import type { TargetExecutor } from '../targets/target-executor.ts'
import { runTargetScript } from './run-target-script.ts'

// Dump to a hidden partial file, then rename: a crash never leaves a file retention or restore would trust.
const DUMP_SCRIPT = `set -e
umask 077
mkdir -p -- "$ODA_BACKUP_DIR"
tmp="$ODA_BACKUP_DIR/.$ODA_BACKUP_FILE.partial"
trap 'rm -f -- "$tmp"' EXIT
pg_dump --format=custom --compress="$ODA_COMPRESS" --no-password --file="$tmp"
sum=$(sha256sum -- "$tmp" | cut -d' ' -f1)
mv -- "$tmp" "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"
printf '%s  %s\\n' "$sum" "$ODA_BACKUP_FILE" > "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE.sha256"
printf 'sha256=%s\\nbytes=%s\\n' "$sum" "$(wc -c < "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE" | tr -d ' ')"
`

/** A finished dump on the target. */
export interface BackupFile {
  file: string
  path: string
  sha256: string
  bytes: number
}

/** Runs pg_dump (custom format, compressed) on the target into `dir/file`, with a .sha256 beside it. */
export async function takeBackup(
  target: TargetExecutor,
  o: { dir: string; file: string; compress: number; pg: Record<string, string> },
): Promise<BackupFile> {
  const out = await runTargetScript(target, {
    what: 'pg_dump',
    script: DUMP_SCRIPT,
    env: { ...o.pg, ODA_BACKUP_DIR: o.dir, ODA_BACKUP_FILE: o.file, ODA_COMPRESS: String(o.compress) },
  })
  const sha256 = /sha256=([0-9a-f]{64})/.exec(out)?.[1] ?? ''
  const bytes = Number(/bytes=(\d+)/.exec(out)?.[1] ?? 0)
  return { file: o.file, path: `${o.dir.replace(/\/+$/, '')}/${o.file}`, sha256, bytes }
}
