/** One shell script to run on a target. The script is trusted config; inputs arrive only through `env`. */
export interface TargetRun {
  /** Shell script (POSIX sh) run on the target. */
  script: string
  /** Variables set for the script; values are passed verbatim, never interpreted. */
  env?: Record<string, string>
  /** Kill the script (and everything it started) after this many milliseconds. */
  timeoutMs: number
  /** Called with each redacted output line. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Bytes written to the script's stdin (local targets only). */
  input?: string
  /** Stops the script (and everything it started) early, e.g. when the deploy lost its lock. */
  signal?: AbortSignal
}

/** What a target run ended with; output is already redacted. */
export interface TargetResult {
  exitCode: number | undefined
  stdout: string
  stderr: string
  timedOut: boolean
  cancelled: boolean
  durationMs: number
}

/** Runs scripts on a deploy target (the runner itself, or a host over SSH). */
export interface TargetExecutor {
  /** `local` or `ssh://user@host:port`, for reports. */
  readonly label: string
  run(r: TargetRun): Promise<TargetResult>
  /** Releases connections and removes temporary key files. */
  close(): Promise<void>
}
