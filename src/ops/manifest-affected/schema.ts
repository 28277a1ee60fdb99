import { z } from 'zod'

/** Input of `oda manifest affected`. */
export const manifestAffectedInputSchema = z.object({
  /** Repository root (or a folder inside a git checkout). */
  dir: z.string().default('.').describe('Repository root (a folder inside a git checkout)'),
  /** Git ref the change is compared against (the PR base). */
  base: z.string().min(1).default('origin/main').describe('Git ref to compare against (PR base)'),
  /** Git ref of the change; empty compares the base with the working tree. */
  head: z.string().default('HEAD').describe('Git ref of the change; empty: the working tree'),
})
export type ManifestAffectedInput = z.output<typeof manifestAffectedInputSchema>
