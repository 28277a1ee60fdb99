import type { z } from 'zod'
import type { healthCheckSchema, healthSchema, probeSchema } from '../../config/sections/environments.ts'

/** One configured health check (validated, defaults applied). */
export type HealthCheckConfig = z.output<typeof healthCheckSchema>
/** The `health:` block of an environment. */
export type HealthConfig = z.output<typeof healthSchema>
/** One configured probe. */
export type ProbeConfig = z.output<typeof probeSchema>
