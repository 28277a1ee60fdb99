import { z } from 'zod'

/** Input of `secrets.scan`: what to scan and how strictly. */
export const secretsScanInput = z.object({
  /** Repository (or any directory) to scan. */
  dir: z.string().default('.').describe('Repository or directory to scan'),
  /** Scan only lines added between two revisions, `base..head` (PR mode); empty scans the tree. */
  diff: z
    .string()
    .default('')
    .describe('Scan only lines added between two revisions, base..head; empty scans the working tree'),
  /** A unified diff file (e.g. a PR's `.diff` from the API) whose added lines are scanned, for checkouts without git history. */
  patchFile: z
    .string()
    .default('')
    .describe('Unified diff file whose added lines are scanned (for checkouts without git history)'),
  /** Scan only these repository-relative files (e.g. a PR's changed files); empty scans the whole tree. */
  paths: z
    .array(z.string())
    .default([])
    .describe('Scan only these repository-relative files, e.g. the files a PR changed; empty scans the whole tree'),
  /** Scan the whole git history (streams `git log -p`) instead of the tree. */
  history: z.boolean().default(false).describe('Scan every commit of the git history instead of the working tree'),
  /** Revision range for history mode (e.g. `main`, `v1.0..HEAD`); empty means all refs. */
  rev: z.string().default('').describe('Revision range for history mode, e.g. v1.0..HEAD; empty means all refs'),
  /** Baseline JSON report whose findings are accepted; overrides the config. */
  baseline: z.string().default('').describe('Baseline JSON report whose findings are accepted (overrides the config)'),
  /** Lowest severity that fails; `config` uses secrets.failOn from .github/oda.yml. */
  failOn: z
    .enum(['config', 'low', 'medium', 'high'])
    .default('config')
    .describe('Lowest severity that fails: low, medium, high, or config to use .github/oda.yml'),
})
export type SecretsScanInput = z.output<typeof secretsScanInput>
