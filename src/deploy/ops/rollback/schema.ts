import { z } from 'zod'

/** Input of `oda rollback`. */
export const rollbackInputSchema = z.object({
  /** Environment name from .github/oda.yml. */
  environment: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
    .describe('Environment to roll back'),
  /** Full SHA to return to; empty means the last good deployment before the current one. */
  sha: z
    .string()
    .regex(/^([0-9a-f]{40})?$/, 'a full 40-character commit SHA')
    .default('')
    .describe('Full SHA to return to (default: the last good deployment)'),
  /** Allow a SHA never deployed to this environment if it is an ancestor of the default branch. */
  force: z.boolean().default(false).describe('Allow a SHA never deployed here if it is on the default branch'),
  /** Why, recorded in the lock and the evidence. */
  reason: z.string().max(200).default('rollback').describe('Why, recorded in the lock and the evidence'),
  /** Find the target and check everything, change nothing. */
  dryRun: z.boolean().default(false).describe('Find the target, take no lock and change nothing'),
})
export type RollbackInput = z.output<typeof rollbackInputSchema>
