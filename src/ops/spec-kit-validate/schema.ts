import { z } from 'zod'

/** Input of `oda spec-kit validate`. */
export const specKitValidateInputSchema = z.object({
  /** Repository root to validate. */
  dir: z.string().default('.').describe('Repository root to validate'),
  /** Kit folders relative to dir; empty uses spec-kit.paths from config, then automatic detection. */
  paths: z
    .array(z.string())
    .default([])
    .describe('Kit folders relative to dir; empty: config spec-kit.paths, else detect'),
  /** Most [NEEDS CLARIFICATION] markers per document; unset uses spec-kit.maxClarifications (3). */
  maxClarifications: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Most [NEEDS CLARIFICATION] markers per document (default: config, 3)'),
  /** Lowest finding level that fails the run; unset uses spec-kit.failOn (failure). */
  failOn: z
    .enum(['notice', 'warning', 'failure'])
    .optional()
    .describe('Lowest finding level that fails the run (default: config, failure)'),
})
export type SpecKitValidateInput = z.output<typeof specKitValidateInputSchema>
