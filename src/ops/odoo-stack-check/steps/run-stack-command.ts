import type { OpContext } from '../../../op/context.ts'
import { runCommand } from '../../../exec/run-command.ts'

export interface StackCommandResult {
  ok: boolean
  exitCode: number | undefined
  timedOut: boolean
  /** Last lines of output, redacted. */
  tail: string
  /** `timed out`, `exited with 3`, or `could not be run` (not found, not executable). */
  why: string
}

/** Runs one configured command (an argument array) and keeps the end of its output. */
export async function runStackCommand(
  ctx: OpContext,
  o: { argv: readonly string[]; cwd: string; timeoutS: number; expectExit?: number; evenIfCancelled?: boolean },
): Promise<StackCommandResult> {
  const [file, ...args] = o.argv
  if (!file) return { ok: false, exitCode: undefined, timedOut: false, tail: '', why: 'is empty' }
  const options = { cwd: o.cwd, timeoutMs: o.timeoutS * 1000, maxBuffer: 64 * 1024 }
  // Teardown must survive a cancellation, which aborts ctx.exec's signal; it keeps its own timeout.
  const r = o.evenIfCancelled
    ? await runCommand({ ...options, file, args, redactor: ctx.redact })
    : await ctx.exec(file, args, options)
  const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-8).join('\n')
  const why = r.timedOut
    ? `timed out after ${o.timeoutS} s`
    : r.exitCode === undefined
      ? 'could not be run (is it installed, on PATH, executable?)'
      : `exited with ${r.exitCode}`
  return {
    ok: !r.timedOut && r.exitCode === (o.expectExit ?? 0),
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    tail,
    why,
  }
}
