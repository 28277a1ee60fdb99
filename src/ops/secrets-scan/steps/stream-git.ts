import { runCommand } from '../../../exec/run-command.ts'

/** Thrown when git fails; the message carries git's own (redacted) error. */
export class GitStreamError extends Error {
  override name = 'GitStreamError'
  /** An unknown revision or a folder that is not a git repository: the caller's input. */
  readonly usage = true
}

/**
 * Runs git and hands each stdout line to `onLine` as it arrives, so a whole history is
 * never held in memory. The output is deliberately NOT passed through the redactor: the
 * scanner must see raw text to find secrets, and these lines never leave the process;
 * only redacted findings do. git's stderr is redacted before it reaches an error message.
 */
export async function streamGit(o: {
  cwd: string
  args: readonly string[]
  /** Each stdout line, or a piece of one longer than the splitter's cap (`partial`: more follows). */
  onLine: (line: string, partial: boolean) => void
  signal?: AbortSignal
  redact: (s: string) => string
}): Promise<void> {
  const stderr: string[] = []
  const result = await runCommand({
    file: 'git',
    args: ['-c', 'core.quotepath=false', '-c', 'diff.noprefix=false', ...o.args],
    cwd: o.cwd,
    env: { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    signal: o.signal,
    maxBuffer: 64 * 1024,
    onLine: (line, stream, partial) => {
      if (stream === 'stdout') o.onLine(line, partial)
      else if (stderr.length < 20) stderr.push(line)
    },
  })
  if (result.cancelled) throw new GitStreamError('git was cancelled')
  if (result.exitCode !== 0)
    throw new GitStreamError(
      `git ${o.args[0] ?? ''} failed (exit ${result.exitCode ?? 'signal'}): ${o.redact(stderr.join('\n')).slice(0, 2000)}`,
    )
}
