/** Process exit codes shared by every command. */
export const ExitCode = {
  /** Everything passed. */
  ok: 0,
  /** The check found problems, or the run failed / was denied / timed out. */
  failed: 1,
  /** Usage or configuration error: nothing ran. */
  usage: 2,
  /** oda itself failed. */
  internal: 3,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
