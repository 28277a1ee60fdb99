import type { TargetExecutor } from '../targets/target-executor.ts'
import { BackupError } from './backup-error.ts'
import { explainSshFailure } from '../targets/explain-ssh-failure.ts'

/**
 * Runs a fixed script on the target with values in env vars; a non-zero exit becomes a
 * BackupError naming what was being done and the last lines of stderr (already redacted).
 */
export async function runTargetScript(
  target: TargetExecutor,
  o: { what: string; script: string; env: Record<string, string>; timeoutMs?: number },
): Promise<string> {
  const r = await target.run({ script: o.script, env: o.env, timeoutMs: o.timeoutMs ?? 3_600_000 })
  if (r.timedOut) throw new BackupError('command_failed', `${o.what} timed out on ${target.label}`)
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim()
    const tail = explainSshFailure(text) ?? text.split('\n').slice(-5).join('\n')
    throw new BackupError('command_failed', `${o.what} failed on ${target.label} (exit ${r.exitCode}): ${tail}`)
  }
  return r.stdout
}
