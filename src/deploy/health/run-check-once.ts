import type { TargetExecutor } from '../targets/target-executor.ts'
import type { HealthCheckConfig } from './health-check-config.ts'
import { runHttpCheck } from './run-http-check.ts'
import { runTcpCheck } from './run-tcp-check.ts'
import { runPostgresCheck } from './run-postgres-check.ts'

/** What a check attempt may use: the target for command checks, secrets for passwords. */
export interface CheckDeps {
  target?: TargetExecutor
  env: Readonly<Record<string, string | undefined>>
  signal?: AbortSignal
}

/** Runs one attempt of a check, never throwing: every failure becomes `ok: false` with a message. */
export async function runCheckOnce(
  c: HealthCheckConfig,
  deps: CheckDeps,
): Promise<{ ok: boolean; message: string; latencyMs: number }> {
  const started = performance.now()
  let outcome: { ok: boolean; message: string }
  try {
    outcome = await attempt(c, deps)
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } }
    outcome = {
      ok: false,
      message: e.name === 'TimeoutError' ? `no answer within ${c.timeoutS}s` : `${e.cause?.code ?? e.message}`,
    }
  }
  return { ...outcome, latencyMs: Math.round(performance.now() - started) }
}

async function attempt(c: HealthCheckConfig, deps: CheckDeps): Promise<{ ok: boolean; message: string }> {
  switch (c.type) {
    case 'http':
      return runHttpCheck(c, deps.signal)
    case 'tcp':
      return runTcpCheck(c)
    case 'postgres':
      return runPostgresCheck(c, deps.env)
    case 'command': {
      if (!deps.target) return { ok: false, message: 'no target to run the command on' }
      const r = await deps.target.run({ script: c.run, timeoutMs: c.timeoutS * 1000 })
      const tail = (r.stdout + r.stderr).trim().split('\n').slice(-1)[0]?.slice(0, 120) ?? ''
      if (r.timedOut) return { ok: false, message: `timed out after ${c.timeoutS}s` }
      return { ok: r.exitCode === 0, message: `exit ${r.exitCode}${tail ? `: ${tail}` : ''}` }
    }
  }
}
