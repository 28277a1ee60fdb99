import { z } from 'zod'

/** Input of `oda odoo stack-check`. The stack itself is described in `odoo-ci.stack`. */
export const stackCheckInputSchema = z.object({
  /** Folder the stack commands run in (where the compose file is). */
  dir: z.string().default('.').describe('Folder the stack commands run in (where the compose file is)'),
  /** Leave the stack running after the checks (local debugging). */
  keepUp: z.boolean().default(false).describe('Leave the stack running after the checks instead of tearing it down'),
  /** Show what would run, run nothing. */
  dryRun: z.boolean().default(false).describe('Print the commands and checks, run nothing'),
})
export type StackCheckInput = z.output<typeof stackCheckInputSchema>
