import type { OpContext } from '../../op/context.ts'
import type { TargetExecutor, TargetResult, TargetRun } from './target-executor.ts'

/**
 * Runs scripts on the runner with `sh -c`, in their own process group: a timeout kills the
 * group (run-command's contract), so nothing a step started survives it.
 */
export function createLocalExecutor(host: { exec: OpContext['exec']; cwd: string }): TargetExecutor {
  return {
    label: 'local',
    async run(r: TargetRun): Promise<TargetResult> {
      const result = await host.exec('sh', ['-c', r.script], {
        cwd: host.cwd,
        env: r.env,
        timeoutMs: r.timeoutMs,
        onLine: r.onLine,
        input: r.input,
        ...(r.signal ? { signal: r.signal } : {}),
      })
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs,
      }
    },
    async close() {},
  }
}
