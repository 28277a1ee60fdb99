import { z } from 'zod'

/** Input of `oda health`. */
export const healthInputSchema = z.object({
  /** Environment name from .github/oda.yml. */
  environment: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
    .describe('Environment whose checks run'),
  /** Retry failing checks until the environment's deadline (off: one attempt each). */
  wait: z.boolean().default(false).describe('Retry failing checks until the configured deadline'),
  /** Also run the extra probes (disk, containers, queue backlog). */
  probes: z.boolean().default(true).describe('Also run the configured probes'),
})
export type HealthInput = z.output<typeof healthInputSchema>
