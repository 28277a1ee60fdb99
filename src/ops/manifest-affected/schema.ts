import { z } from 'zod'

// A ref is passed to git as an argument: one starting with `-` would be read as an option.
const GIT_REF = /^[^-\s][^\s]*$/
const GIT_REF_OR_EMPTY = /^(?:[^-\s][^\s]*)?$/

/** Input of `oda manifest affected`. */
export const manifestAffectedInputSchema = z.object({
  /** Repository root (or a folder inside a git checkout). */
  dir: z.string().default('.').describe('Repository root (a folder inside a git checkout)'),
  /** Git ref the change is compared against (the PR base). */
  base: z
    .string()
    .regex(GIT_REF, 'expected a git ref (a branch, tag or commit; not starting with "-")')
    .default('origin/main')
    .describe('Git ref to compare against (PR base)'),
  /** Git ref of the change, whose tree is read; empty compares the base with the working tree. */
  head: z
    .string()
    .regex(GIT_REF_OR_EMPTY, 'expected a git ref (a branch, tag or commit; not starting with "-") or nothing')
    .default('HEAD')
    .describe('Git ref of the change, whose tree is read; empty: the working tree'),
})
export type ManifestAffectedInput = z.output<typeof manifestAffectedInputSchema>
