import type { ConfigRef } from './config-ref.ts'

/** What reading a config file gave: its bytes, nothing there, or why it must not be read. */
export type ConfigRead =
  { kind: 'bytes'; bytes: Uint8Array } | { kind: 'missing' } | { kind: 'refused'; reason: string }

/**
 * Where config files come from: a checkout on disk (CLI, Action), the GitHub API (App), or
 * both (an Action that reads its organisation's `.github` repository through the API). The
 * one loader (`loadConfig`) follows `_extends` and validates the same way over any source.
 */
export interface ConfigSource {
  /** How a file is named in messages and run records (`.github/oda.yml`, `acme/.github:.github/oda.yml`). */
  name(ref: ConfigRef): string
  /** Reads at most `maxBytes` (a larger file is `refused`); never follows a link out of its repository. */
  read(ref: ConfigRef, maxBytes: number): Promise<ConfigRead>
  /** The repository, when known: `_extends` may name it, or its owner's `.github` repository. */
  repository?: { owner: string; repo: string }
  /** Why the organisation's `.github` repository cannot be read here, or undefined when it can. */
  orgUnavailable?: string
}
