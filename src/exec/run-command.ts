import { execa } from 'execa'
import type { Redactor } from '../log/redactor.ts'

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
  /** Called with each redacted output line as it arrives (stdout and stderr interleaved). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Text written to the child's stdin. */
  input?: string
  /** Cap on captured bytes per stream; the tail is kept (default 1 MiB). */
  maxBuffer?: number
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
export async function runCommand(o: RunCommandOptions): Promise<CommandResult> {
  const started = performance.now()
  const redact = (s: string): string => (o.redactor ? o.redactor.redact(s) : s)
  const max = o.maxBuffer ?? 1024 * 1024
  const buffers = { stdout: new TailBuffer(max), stderr: new TailBuffer(max) }
  const child = execa(o.file, [...o.args], {
    cwd: o.cwd,
    env: o.env,
    extendEnv: o.extendEnv ?? true,
    detached: true,
    reject: false,
    buffer: false,
    input: o.input,
    stdin: o.input === undefined ? 'ignore' : 'pipe',
  })
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
    o.timeoutMs !== undefined
      ? setTimeout(
          () => {
            timedOut = true
            killGroup()
          },
          Math.min(o.timeoutMs, MAX_TIMER_MS),
        )
      : undefined
  const onAbort = (): void => {
    cancelled = true
    killGroup()
  }
  if (o.signal?.aborted) onAbort()
  o.signal?.addEventListener('abort', onAbort, { once: true })
  const pump = async (stream: 'stdout' | 'stderr'): Promise<void> => {
    const readable = child[stream]
    if (!readable) return
    let pending = ''
    for await (const chunk of readable) {
      pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')
      let nl: number
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = redact(pending.slice(0, nl))
        pending = pending.slice(nl + 1)
        buffers[stream].push(line + '\n')
        o.onLine?.(line, stream)
      }
    }
    if (pending.length > 0) {
      const line = redact(pending)
      buffers[stream].push(line)
      o.onLine?.(line, stream)
    }
  }
  const [result] = await Promise.all([child, pump('stdout'), pump('stderr')])
  if (timer) clearTimeout(timer)
  o.signal?.removeEventListener('abort', onAbort)
  return {
    exitCode: result.exitCode,
    stdout: buffers.stdout.toString(),
    stderr: buffers.stderr.toString(),
    timedOut,
    cancelled: cancelled && !timedOut,
    durationMs: Math.round(performance.now() - started),
    command: redact([o.file, ...o.args].join(' ')),
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
