/**
 * A config file oda may read: a file of the repository itself (`self`), or of its
 * organisation's `.github` repository (`org`, the Probot convention). Nothing else is ever
 * named: `_extends` cannot reach a host path or another repository.
 */
export interface ConfigRef {
  repo: 'self' | 'org'
  /** Path inside that repository: relative, `/`-separated, normalised, never leaving it. */
  path: string
}

/** Where a repository keeps its oda config, in the order they are looked for. */
export const CONFIG_PATHS = ['.github/oda.yml', '.github/oda.yaml'] as const

/** A config file is a few KB; anything larger is refused unread. */
export const MAX_CONFIG_BYTES = 256 * 1024

/** At most this many files in one `_extends` chain. */
export const MAX_CONFIG_CHAIN = 10
