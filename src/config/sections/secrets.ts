import { z } from 'zod'

/** `secrets:` section of .github/oda.yml: secret scanning settings. */
export const secretsSectionSchema = z.strictObject({
  /** Run the `oda / secrets` check. */
  enabled: z.boolean().default(true).describe('Run the oda / secrets check'),
  /** Lowest rule severity that fails the check (findings below it are reported as warnings/notices only). */
  failOn: z
    .enum(['low', 'medium', 'high'])
    .default('medium')
    .describe('Lowest severity that fails the check: low, medium or high'),
  /** gitignore-style patterns of paths never scanned (test fixtures, vendored docs). */
  allowPaths: z.array(z.string()).default([]).describe('gitignore-style patterns of paths never scanned'),
  /** Rule ids to turn off (e.g. `generic-api-key`). */
  disableRules: z.array(z.string()).default([]).describe('Rule ids to turn off, e.g. generic-api-key'),
  /** Ignore file of fingerprints and content hashes, relative to the repository root. */
  ignoreFile: z
    .string()
    .default('.oda-secrets-ignore')
    .describe('Ignore file of fingerprints and hashes, relative to the repository root'),
  /** Baseline report (JSON) whose findings are accepted; empty for none. */
  baseline: z.string().default('').describe('Baseline JSON report whose findings are accepted; empty for none'),
  /** Files larger than this many bytes are scanned in streaming mode, chunk by chunk. */
  maxFileBytes: z
    .number()
    .int()
    .min(1024)
    .default(25 * 1024 * 1024)
    .describe('Files larger than this many bytes are scanned in streaming mode, chunk by chunk'),
  /** Let an inline `oda:allow` that a pull request adds suppress that PR's own finding (off: it is reported). */
  prInlineAllow: z
    .boolean()
    .default(false)
    .describe("Let an inline oda:allow added by a pull request suppress that PR's own finding"),
})
