import type { OpContext } from '../op/context.ts'
import type { EnvironmentConfig } from '../config/sections/environments.ts'
import type { TargetExecutor } from './targets/target-executor.ts'
import { DeployError } from './deploy-error.ts'
import { explainSshFailure } from './targets/explain-ssh-failure.ts'

/**
 * Checks that need no lock: required secrets present (names only are ever printed), target
 * reachable, free disk above the threshold. Registers every secret value with the redactor
 * before anything can print it, and returns the secrets to pass to the steps.
 */
export async function runPreflight(check: {
  ctx: OpContext
  envName: string
  env: EnvironmentConfig
  target: TargetExecutor
}): Promise<Record<string, string>> {
  const missing = check.env.secrets.filter((name) => !check.ctx.env[name])
  if (missing.length > 0)
    throw new DeployError(
      'missing_secret',
      `environment ${check.envName} needs the secrets ${missing.join(', ')}; set them in the runner's environment (values are never printed)`,
    )
  const secrets: Record<string, string> = {}
  for (const name of check.env.secrets) {
    const value = check.ctx.env[name]!
    check.ctx.redact.addValue(value)
    secrets[name] = value
  }
  const p = check.env.preflight
  const r = await check.target.run({
    script: 'df -Pk -- "$ODA_DISK_PATH"',
    env: { ODA_DISK_PATH: p.diskPath },
    timeoutMs: 30_000,
  })
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim()
    const why = explainSshFailure(text) ?? (text.split('\n').slice(-3).join(' ').slice(-300) || `exit ${r.exitCode}`)
    throw new DeployError('preflight_failed', `target ${check.target.label} is not usable: ${why}`)
  }
  if (p.minFreeDiskMb > 0) {
    const availableKb = Number(r.stdout.trim().split('\n').at(-1)?.split(/\s+/)[3])
    const freeMb = Math.floor(availableKb / 1024)
    if (!Number.isFinite(freeMb))
      throw new DeployError('preflight_failed', `cannot read free space of ${p.diskPath} on ${check.target.label}`)
    if (freeMb < p.minFreeDiskMb)
      throw new DeployError(
        'preflight_failed',
        `only ${freeMb} MiB free on ${p.diskPath} (${check.target.label}); preflight.minFreeDiskMb is ${p.minFreeDiskMb}`,
      )
  }
  return secrets
}
