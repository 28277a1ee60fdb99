import { z } from 'zod'

/** `spec-kit:` section of .github/oda.yml: spec-kit validation settings. */
export const specKitSectionSchema = z.strictObject({
  /** Run the `oda / spec-kit` check. */
  enabled: z.boolean().default(true).describe('Run the oda / spec-kit check'),
  /** Folders (relative to the repo root) holding spec kits; empty means detect automatically. */
  paths: z.array(z.string()).default([]).describe('Spec kit folders; empty means detect automatically'),
  /** Most [NEEDS CLARIFICATION] markers a spec, PRD or plan may keep (Spec Kit itself allows 3). */
  maxClarifications: z
    .number()
    .int()
    .min(0)
    .default(3)
    .describe('Most [NEEDS CLARIFICATION] markers allowed per spec, PRD or plan'),
  /** Lowest finding level that fails the check. */
  failOn: z
    .enum(['notice', 'warning', 'failure'])
    .default('failure')
    .describe('Lowest finding level that fails the check'),
  /** Conclusion when no kit is found: unset is failure in CI (an Actions step, CI=true) and neutral elsewhere (the App, a terminal). */
  noKit: z
    .enum(['failure', 'neutral'])
    .optional()
    .describe(
      'Conclusion when no spec kit is found (default: failure in an Actions step or with CI=true, neutral in the App and locally)',
    ),
  /** Files larger than this are reported, not parsed. */
  maxFileBytes: z
    .number()
    .int()
    .min(1)
    .default(1_000_000)
    .describe('Kit files larger than this many bytes are reported, not parsed'),
  /** Level per rule id (e.g. `spec-kit/empty-section: notice`), or `off` to drop the rule. */
  severities: z
    .record(z.string(), z.enum(['off', 'notice', 'warning', 'failure']))
    .default({})
    .describe('Level per rule id (notice, warning, failure) or off to drop the rule'),
})
