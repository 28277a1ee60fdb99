import type { OpContext } from '../op/context.ts'
import type { EnvironmentConfig } from '../config/sections/environments.ts'
import type { TargetExecutor } from './targets/target-executor.ts'
import type { StepRecord } from './release-record.ts'
import { resolveStepTimeout } from './resolve-step-timeout.ts'

const TAIL_LINES = 20

/**
 * Runs the environment's steps in order on the target for one SHA, each as a trace step
 * with its own timeout; stops at the first failure. Returns every step run and the failure
 * message ("step X timed out after Ns", "step X exited with 2"), if any. `guard` runs before
 * each step and stops the release by throwing (the lock is checked there); `signal` stops a
 * running step.
 */
export async function runSteps(release: {
  ctx: OpContext
  env: EnvironmentConfig
  target: TargetExecutor
  stepEnv: Record<string, string>
  sha: string
  label: string
  guard?: (step: string) => Promise<void>
  signal?: AbortSignal
}): Promise<{ steps: StepRecord[]; failure?: string }> {
  const steps: StepRecord[] = []
  for (const step of release.env.steps) {
    await release.guard?.(`${release.label} ${step.name}`)
    const timeoutS = resolveStepTimeout(step.timeoutS, release.ctx.env.TIMEOUT)
    let failure: string | undefined
    try {
      await release.ctx.step(`${release.label}: ${step.name}`, async (h) => {
        const r = await release.target.run({
          script: step.run,
          env: release.stepEnv,
          timeoutMs: timeoutS * 1000,
          ...(release.signal ? { signal: release.signal } : {}),
          onLine: (line, stream) => release.ctx.log.info({ step: step.name, stream }, line),
        })
        const tail = (r.stdout + r.stderr).trimEnd().split('\n').slice(-TAIL_LINES).join('\n')
        steps.push({
          name: step.name,
          sha: release.sha,
          exitCode: r.exitCode ?? null,
          durationMs: r.durationMs,
          timedOut: r.timedOut,
          timeoutS,
          outputTail: release.ctx.redact.redact(tail),
        })
        if (tail) h.note(tail)
        if (r.timedOut) throw new Error(`step ${step.name} timed out after ${timeoutS}s`)
        if (r.cancelled) throw new Error(`step ${step.name} was cancelled`)
        if (r.exitCode !== 0) throw new Error(`step ${step.name} exited with ${r.exitCode ?? 'a signal'}`)
      })
    } catch (error) {
      failure = release.ctx.redact.redact((error as Error).message)
    }
    if (failure) return { steps, failure }
  }
  return { steps }
}
