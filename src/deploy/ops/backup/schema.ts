import { z } from 'zod'

/** Input of `oda backup`. */
export const backupInputSchema = z.object({
  /** Environment whose database is dumped. */
  environment: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
    .describe('Environment whose database is backed up'),
  /** Skip retention (keep every old backup this time). */
  noRetention: z.boolean().default(false).describe('Do not apply retention after the backup'),
  /** Show the file name and what retention would delete; dump nothing, delete nothing. */
  dryRun: z.boolean().default(false).describe('Show the plan; dump and delete nothing'),
})
export type BackupInput = z.output<typeof backupInputSchema>
