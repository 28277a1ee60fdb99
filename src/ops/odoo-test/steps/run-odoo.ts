import type { WriteStream } from 'node:fs'
import type { OpContext } from '../../../op/context.ts'
import type { Argv } from '../../../odoo/ci/build-odoo-command.ts'
import type { OdooLogParser } from '../../../odoo/log/odoo-log-parser.ts'
import { stripAnsi } from '../../../odoo/log/strip-ansi.ts'

const TAIL_LINES = 15

export interface OdooProcessResult {
  /** The program when it could not be started at all. */
  notStarted?: string
  exitCode: number | undefined
  timedOut: boolean
  cancelled: boolean
  durationMs: number
}

/** One Odoo invocation: the command, and where its output goes. */
export interface OdooInvocationRun {
  argv: Argv
  cwd: string
  timeoutMs: number
  /** Extra environment of the process (the run's TMPDIR). */
  env?: Record<string, string>
  log: WriteStream
  parser: OdooLogParser
  tail: string[]
}

/**
 * Runs one Odoo invocation, streaming every output line (redacted by exec, ANSI stripped)
 * into the raw log file and the parser as it arrives, so nothing waits for the end and a
 * killed run still leaves its partial log.
 */
export async function runOdoo(ctx: OpContext, run: OdooInvocationRun): Promise<OdooProcessResult> {
  run.log.write(`# oda: ${[run.argv.file, ...run.argv.args].join(' ')}\n`)
  const r = await ctx.exec(run.argv.file, run.argv.args, {
    cwd: run.cwd,
    env: run.env,
    timeoutMs: run.timeoutMs,
    // Odoo loads the PR's addons and runs their tests: the face's sandbox applies.
    repositoryCode: true,
    // Output is consumed line by line; keep only a small tail in memory.
    maxBuffer: 64 * 1024,
    onLine: (line) => {
      const plain = stripAnsi(line)
      run.log.write(plain + '\n')
      run.parser.pushLine(plain)
      // The last lines explain an exit that left no record (Odoo aborting before logging starts).
      run.tail.push(plain)
      if (run.tail.length > TAIL_LINES) run.tail.shift()
    },
  })
  // No exit code without a kill means the program never ran (ENOENT, EACCES).
  const notStarted =
    r.exitCode === undefined && !r.timedOut && !r.cancelled ? ctx.redact.redact(run.argv.file) : undefined
  return { exitCode: r.exitCode, timedOut: r.timedOut, cancelled: r.cancelled, durationMs: r.durationMs, notStarted }
}
