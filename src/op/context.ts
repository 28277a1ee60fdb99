import type { Logger } from 'pino'
import type { Redactor } from '../log/redactor.ts'
import type { CommandResult, RunCommandOptions } from '../exec/run-command.ts'
import type { Sandbox } from '../exec/sandbox.ts'
import type { OdaConfig } from '../config/schema.ts'
import type { GitHubClient } from './github-client.ts'

/** Which face started a run. */
export type Face = 'cli' | 'action' | 'app' | 'api' | 'mcp'

/** One entry of a run's step trace. */
export interface TraceStep {
  name: string
  startedAt: string
  endedAt?: string
  status: 'running' | 'succeeded' | 'failed' | 'skipped' | 'timed_out' | 'cancelled'
  /** Redacted output excerpt, at most a few KB. */
  excerpt?: string
}

/** The GitHub repository a run acts on, when a face knows it. */
export interface RepoRef {
  owner: string
  repo: string
}

/**
 * Everything an op may touch. Ops never read `process.env`, `@actions/*` or globals:
 * faces build this context explicitly, which is what keeps ops testable and face-agnostic.
 */
export interface OpContext {
  /** Id of the run this invocation belongs to. */
  runId: string
  /** Who asked (GitHub login, local user, API key name). */
  actor: string
  face: Face
  /** Working directory (the repository root for repo checks). */
  cwd: string
  /** The repository's validated `.github/oda.yml` (defaults when absent). */
  config: OdaConfig
  /** Aborted on timeout or cancellation; pass it to every long operation. */
  signal: AbortSignal
  /** Logger whose every line passes through the redactor. */
  log: Logger
  /** The one redaction layer; apply it to any text that leaves the process. */
  redact: Redactor
  /** Folder where the op writes files it wants listed as artifacts. */
  artifactsDir: string
  /** Read-only environment for secrets by name (already filtered by the face). */
  env: Readonly<Record<string, string | undefined>>
  /** Clock, injectable for tests. */
  now: () => Date
  /** Runs `fn` as a named trace step; records start, end, status and an optional excerpt. */
  step<T>(name: string, fn: (s: StepHandle) => Promise<T>): Promise<T>
  /**
   * Starts a process with an argument array (never a shell string); output is redacted. The run's
   * signal always stops it; `options.signal` can stop it earlier (a deploy that lost its lock).
   */
  exec(file: string, args: readonly string[], options?: ExecOptions): Promise<CommandResult>
  /**
   * How commands that run repository code are confined, when the face confines them (the App
   * does: see docs/security.md). `exec` with `repositoryCode` applies it.
   */
  sandbox?: Sandbox
  /** Ports the face may provide (GitHub client, lock provider...). Ops check for presence. */
  ports: OpPorts
}

/** Options of `ctx.exec`. */
export type ExecOptions = Omit<RunCommandOptions, 'file' | 'args' | 'redactor' | 'sandbox'> & {
  /**
   * The command runs the repository's code (Odoo loading the PR's addons): it gets the face's
   * sandbox (explicit environment, private HOME/TMPDIR, another OS user) when there is one.
   */
  repositoryCode?: boolean
}

/** Handle a step uses to attach output to its trace entry. */
export interface StepHandle {
  /** Appends text (redacted, truncated) to the step's excerpt. */
  note(text: string): void
  /** Marks the step skipped instead of succeeded. */
  skip(reason: string): void
}

/** Optional capabilities supplied by a face. Ops check for presence. */
export interface OpPorts {
  /** A GitHub client for the repository, when the face talks to GitHub (the App). */
  github?: GitHubClient
  /** Or a token to make one with (Actions' `GITHUB_TOKEN`), and the API it is for. */
  githubToken?: string
  githubApiUrl?: string
  repo?: RepoRef
  /** Link to the run on the face's host, recorded in deployments and locks. */
  runUrl?: string
  /** The face's run store, for what an op learns about other runs (a deploy abandoned by a killed process). */
  runs?: RunsPort
}

/** What an op may tell the run store about another run. */
export interface RunsPort {
  /** Marks a run still `running` as failed with `reason`; false when it is unknown here or already ended. */
  markAbandoned(runId: string, reason: string): Promise<boolean>
}
