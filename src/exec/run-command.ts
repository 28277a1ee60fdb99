import type { Redactor } from '../log/redactor.ts'
import { LineSplitter } from './line-splitter.ts'
import type { Sandbox } from './sandbox.ts'
import { sandboxCommand } from './sandbox.ts'

export interface RunCommandOptions {
  /** Program to run (resolved on PATH). Never a shell string. */
  file: string
  /** Arguments, passed as an array: nothing is interpreted by a shell. */
  args: readonly string[]
  cwd?: string
  /** Extra environment variables; merged over the parent's unless `extendEnv` is false. */
  env?: Record<string, string | undefined>
  extendEnv?: boolean
  /** Kill the whole process group after this many milliseconds. */
  timeoutMs?: number
  /** Aborting kills the whole process group. */
  signal?: AbortSignal
  /** Masks secrets in captured output and line callbacks. */
  redactor?: Redactor
  /**
   * Called with each redacted output line as it arrives (stdout and stderr interleaved). A
   * line longer than `maxLineChars` arrives in pieces, each but the last with `partial` set.
   */
  onLine?: (line: string, stream: 'stdout' | 'stderr', partial: boolean) => void
  /** Longest line kept whole before it is handed on in pieces (default 1 MiB). */
  maxLineChars?: number
  /** Text written to the child's stdin. */
  input?: string
  /**
   * Keep the child's stdin open after `input` until the child exits, instead of closing it.
   * The child then sees end-of-file on stdin only when this process goes away (even by
   * `kill -9`): `ssh` passes that on, so a remote step can stop when oda is gone.
   */
  holdStdin?: boolean
  /** Cap on captured bytes per stream; the tail is kept (default 1 MiB). */
  maxBuffer?: number
  /**
   * Run repository code confined (see `sandbox.ts`): only the sandbox's environment plus `env`
   * (never the parent's), a private HOME and TMPDIR, another OS user where possible.
   */
  sandbox?: Sandbox
}

export interface CommandResult {
  exitCode: number | undefined
  /** Redacted stdout (the last `maxBuffer` bytes). */
  stdout: string
  /** Redacted stderr (the last `maxBuffer` bytes). */
  stderr: string
  timedOut: boolean
  cancelled: boolean
  durationMs: number
  /** `file args...` for messages, redacted. */
  command: string
}

/** Longest delay a Node.js timer honours. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Runs a program with an argument array. The child gets its own process group so a
 * timeout or abort kills everything it started (compose, odoo workers, ssh), not only
 * the direct child. Output is redacted before anyone sees it.
 */
export async function runCommand(runOptions: RunCommandOptions): Promise<CommandResult> {
  if (!runOptions.sandbox) return run(runOptions)
  const boxed = sandboxCommand(runOptions.sandbox, {
    file: runOptions.file,
    args: runOptions.args,
    cwd: runOptions.cwd ?? process.cwd(),
    ...(runOptions.env ? { env: runOptions.env } : {}),
  })
  const command = [runOptions.file, ...runOptions.args].join(' ')
  try {
    // Not found (or not executable) before any wrapper starts: the same result as a missing program.
    if (boxed.missing !== undefined)
      return {
        exitCode: undefined,
        stdout: '',
        stderr: `${boxed.missing}: program not found on the sandbox PATH or not executable`,
        timedOut: false,
        cancelled: false,
        durationMs: 0,
        command: runOptions.redactor ? runOptions.redactor.redact(command) : command,
      }
    const r = await run({ ...runOptions, file: boxed.file, args: boxed.args, env: boxed.env, extendEnv: false })
    return { ...r, command: runOptions.redactor ? runOptions.redactor.redact(command) : command }
  } finally {
    boxed.dispose()
  }
}

async function run(runOptions: RunCommandOptions): Promise<CommandResult> {
  const started = performance.now()
  const redact = (s: string): string => (runOptions.redactor ? runOptions.redactor.redact(s) : s)
  const max = runOptions.maxBuffer ?? 1024 * 1024
  const buffers = { stdout: new TailBuffer(max), stderr: new TailBuffer(max) }
  // execa loads with the first command run, not with every op that could run one.
  const { execa } = await import('execa')
  const child = execa(runOptions.file, [...runOptions.args], {
    cwd: runOptions.cwd,
    env: runOptions.env,
    extendEnv: runOptions.extendEnv ?? true,
    detached: true,
    reject: false,
    buffer: false,
    input: runOptions.holdStdin ? undefined : runOptions.input,
    stdin: runOptions.input === undefined ? 'ignore' : 'pipe',
  })
  if (runOptions.holdStdin && runOptions.input !== undefined && child.stdin) {
    const stdin = child.stdin
    // The child may exit without reading it all; a write to its closed pipe is not our error.
    stdin.on('error', () => undefined)
    stdin.write(runOptions.input)
    // Closed as soon as the child is gone: grandchildren still holding its output must see the end too.
    child.nodeChildProcess.once('exit', () => stdin.destroy())
  }
  let timedOut = false
  let cancelled = false
  const killGroup = (): void => {
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        /* already gone */
      }
    }, 2000).unref()
  }
  // setTimeout fires at once for delays past 2^31-1 ms (about 24.8 days); cap instead.
  const timer =
    runOptions.timeoutMs !== undefined
      ? setTimeout(
          () => {
            timedOut = true
            killGroup()
          },
          Math.min(runOptions.timeoutMs, MAX_TIMER_MS),
        )
      : undefined
  const onAbort = (): void => {
    cancelled = true
    killGroup()
  }
  if (runOptions.signal?.aborted) onAbort()
  runOptions.signal?.addEventListener('abort', onAbort, { once: true })
  const pump = async (stream: 'stdout' | 'stderr'): Promise<void> => {
    const readable = child[stream]
    if (!readable) return
    const splitter: LineSplitter = new LineSplitter((raw, partial) => {
      const line = redact(raw)
      buffers[stream].push(partial || splitter.ending ? line : line + '\n')
      runOptions.onLine?.(line, stream, partial)
    }, runOptions.maxLineChars)
    // One decoder per stream, so a character split between two chunks is not mangled.
    const decoder = new TextDecoder()
    for await (const chunk of readable)
      splitter.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }))
    splitter.push(decoder.decode())
    splitter.end()
  }
  const [result] = await Promise.all([child, pump('stdout'), pump('stderr')])
  if (timer) clearTimeout(timer)
  runOptions.signal?.removeEventListener('abort', onAbort)
  return {
    exitCode: result.exitCode,
    stdout: buffers.stdout.toString(),
    stderr: buffers.stderr.toString(),
    timedOut,
    cancelled: cancelled && !timedOut,
    durationMs: Math.round(performance.now() - started),
    command: redact([runOptions.file, ...runOptions.args].join(' ')),
  }
}

/** Keeps the last `max` characters of what is pushed, so huge outputs stay bounded. */
class TailBuffer {
  #parts: string[] = []
  #length = 0
  readonly max: number
  constructor(max: number) {
    this.max = max
  }
  push(s: string): void {
    this.#parts.push(s)
    this.#length += s.length
    while (this.#length > this.max && this.#parts.length > 1) this.#length -= this.#parts.shift()!.length
  }
  toString(): string {
    const s = this.#parts.join('')
    return s.length > this.max ? s.slice(s.length - this.max) : s
  }
}
