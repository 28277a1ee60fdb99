import { z } from 'zod'

/** Input of `oda deploy`. */
export const deployInputSchema = z.object({
  /** Environment name from .github/oda.yml. */
  environment: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
    .describe('Environment to deploy to (a key of environments in .github/oda.yml)'),
  /** Branch, tag or full SHA to deploy; empty means the default branch. */
  ref: z.string().default('').describe('Branch, tag or full SHA to deploy (default: the default branch)'),
  /** Why, recorded in the lock and the evidence. */
  reason: z.string().max(200).default('deploy').describe('Why, recorded in the lock and the evidence'),
  /** Resolve and check everything, change nothing. */
  dryRun: z.boolean().default(false).describe('Resolve and check, take no lock and change nothing'),
})
export type DeployInput = z.output<typeof deployInputSchema>
