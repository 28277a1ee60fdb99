import type { z } from 'zod'
import type { OpContext } from './context.ts'
import type { Report } from './report.ts'

/** Repository permission levels, lowest first (GitHub's collaborator permission names). */
export const permissionLevels = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type Permission = (typeof permissionLevels)[number]

/** Declarative guards the engine applies before `run`; every decision becomes a PDR. */
export interface OpGuard<I = unknown> {
  /** Minimum permission the actor needs (faces that know no permission pass `admin` for local use). */
  permission?: Permission
  /** Wall-clock limit for `run`; the context signal aborts when it passes. */
  timeoutS?: number
  /** Minimum seconds between two runs of the op for the same scope. */
  cooldownS?: number
  /** Maximum runs per rolling hour for the same scope. */
  ratePerHour?: number
  /** Scope key for cooldown/rate limit (default: the op name); e.g. the environment. */
  scope?: (input: I) => string
  /** Name of the lock to hold while running (e.g. `env:prod`), or undefined for none. */
  lock?: (input: I) => string | undefined
  /** True for side-effecting ops a change freeze must not stop (backups keep running in a freeze). */
  freezeExempt?: boolean
  /** Environment the run targets, for environment policy rules. */
  environment?: (input: I) => string | undefined
}

/** How an op shows up as a PR check (check run name, how to build input from a checkout). */
export interface OpCheck<I = unknown> {
  /** Check name suffix: the check run is called `oda / <name>`. */
  name: string
  /**
   * Raw input for a repository checkout at `dir`. PR runs give the changed files; a checkout
   * with git history also gives the `base` and `head` revisions. A checkout without history
   * (the App's tarball) gives instead `patchFile`: the path of a unified diff of the PR
   * (`diff --git`/`---`/`+++` headers and hunks with new-file line numbers; removed files
   * left out, renamed files under their new name), written outside the checkout and deleted
   * after the run; `unpatchedFiles` lists the changed files that diff has no hunks for
   * (binary files, or diffs too large for the API), which a check must read whole.
   */
  input: (args: {
    dir: string
    changedFiles?: readonly string[]
    base?: string
    head?: string
    patchFile?: string
    unpatchedFiles?: readonly string[]
  }) => Partial<I> & Record<string, unknown>
  /**
   * Input keys that choose what the check looks at (e.g. `diff`, `paths`). When the Actions face
   * runs on a `pull_request` event and none of them is given, it scopes the check to the PR
   * (`input({ dir, base, head })` with the event's base and head commits), as the App does.
   */
  scopeInputs?: readonly string[]
  /**
   * The check executes the repository's code (Odoo loading the PR's addons). The App runs it
   * only when the PR's author (and fork owner) have the op's permission, or a maintainer
   * approved that commit; its commands get the sandbox.
   */
  runsRepositoryCode?: boolean
}

export interface OpDefinition<S extends z.ZodType = z.ZodType> {
  /** Stable key used by every face, dotted: `manifest.verify` is `oda manifest verify`. */
  name: string
  /** One line for /help, MCP, REST and --help. */
  summary: string
  /** Longer help text (markdown). */
  description?: string
  /** The only way arguments get in. Must be a z.object so faces can derive flags/inputs. */
  input: S
  /** Names of input fields that may be given positionally on the CLI, in order. */
  positional?: readonly string[]
  guard?: OpGuard<z.output<S>>
  /** Present when the op is a PR check. */
  check?: OpCheck<z.output<S>>
  /** True when the op writes to GitHub or a target; such ops must honour `dry-run`. */
  sideEffects?: boolean
  /** Extra output formats beyond text/json/github/sarif (e.g. dot), rendered from the report. */
  formats?: Record<string, (report: Report) => string>
  /**
   * Formats the op wrote to a file during the run (a JUnit report of a huge log, too big to hold
   * in memory): the file's path, which faces copy out in chunks, or the text when there is no file.
   */
  fileFormats?: Record<string, (report: Report) => FormatOutput>
  /** Folder name of the op's composite action under `actions/` (e.g. `secret-scan`); none when absent. */
  action?: string
  /** Input keys whose values are secrets: masked everywhere, never recorded. */
  secretInputs?: readonly string[]
  /** The rule ids the op's findings use, with one-line descriptions (SARIF rule metadata, docs). */
  rules?: readonly { id: string; description: string }[]
  /** Whether the engine writes an evidence pack for every run (otherwise on request). */
  evidence?: boolean
  run: (ctx: OpContext, input: z.output<S>) => Promise<Report>
}

/** What an op's own format gives: the text, or the path of a file holding it. */
export type FormatOutput = string | { file: string }

/** An op as the registry holds it: type parameters erased at the boundary. */
export type Op = OpDefinition<z.ZodType>

/**
 * Declares an operation. Identity function that keeps the input type flowing into `run`.
 * @example
 * export const helloOp = defineOp({ name: 'hello', summary: 'Says hello', input: z.object({}), run: async () => makeReport({ conclusion: 'success', title: 'hi' }) })
 */
export function defineOp<S extends z.ZodType>(def: OpDefinition<S>): Op {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/.test(def.name)) {
    throw new Error(`op name "${def.name}" must be dotted kebab-case, e.g. "manifest.verify"`)
  }
  return def as unknown as Op
}
