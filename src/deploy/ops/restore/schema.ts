import { z } from 'zod'

/** Input of `oda restore`. */
export const restoreInputSchema = z.object({
  /** Environment whose backups are used. */
  environment: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
    .describe('Environment whose backups are used'),
  /** Backup file name; empty means the newest. */
  backup: z
    .string()
    .regex(/^([A-Za-z0-9_-]+-\d{8}T\d{6}Z\.dump)?$/, 'a backup file name like odoo-20250101T020000Z.dump')
    .default('')
    .describe('Backup file name (default: the newest)'),
  /** Database to restore into (required unless --verify). */
  targetDatabase: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'a database name (letters, digits, _ and -)')
    .default('')
    .describe('Database to restore into (required unless --verify)'),
  /** Drop the target database first if it exists. */
  replace: z.boolean().default(false).describe('Drop the target database first if it exists'),
  /** Run the neutralization SQL after the restore (crons and mail servers off). */
  neutralize: z.boolean().default(true).describe('Disable crons and mail servers after restoring'),
  /** Restore into a scratch database, run the sanity queries, drop it, record the result. */
  verify: z.boolean().default(false).describe('Restore into a scratch database, run sanity queries, drop it'),
  /** Allow the target to be a production database. */
  iKnowThisIsProduction: z.boolean().default(false).describe('Allow restoring over a production database'),
  /** Check everything, restore nothing. */
  dryRun: z.boolean().default(false).describe('Check the plan; restore nothing'),
})
export type RestoreInput = z.output<typeof restoreInputSchema>
