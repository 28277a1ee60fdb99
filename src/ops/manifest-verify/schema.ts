import { z } from 'zod'

/** Input of `oda manifest verify`. */
export const manifestVerifyInputSchema = z.object({
  /** Repository root to verify. */
  dir: z.string().default('.').describe('Repository root to verify'),
  /** Target Odoo series; unset uses manifest.series from config (auto). */
  series: z.enum(['16.0', '17.0', '18.0']).optional().describe('Target Odoo series (default: config manifest.series)'),
  /** Branch name for `series: auto` when the manifests' versions do not settle it; unset: the checkout's branch. */
  branch: z.string().optional().describe("Branch name that hints the series (default: the checkout's branch)"),
  /** Lowest finding level that fails the run. */
  failOn: z
    .enum(['notice', 'warning', 'failure'])
    .default('failure')
    .describe('Lowest finding level that fails the run'),
})
export type ManifestVerifyInput = z.output<typeof manifestVerifyInputSchema>
