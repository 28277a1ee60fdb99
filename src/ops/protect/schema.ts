import { z } from 'zod'

/** Input of `oda protect`. */
export const protectInputSchema = z.object({
  /** Show what would change, write nothing. */
  dryRun: z.boolean().default(false).describe('Show the checks that would be added or removed, change nothing'),
})
export type ProtectInput = z.output<typeof protectInputSchema>
