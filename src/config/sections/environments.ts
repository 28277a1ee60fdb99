import { z } from 'zod'

/** One deploy environment (staging, prod...). */
export const environmentSchema = z.strictObject({
  /** Public URL of the environment. */
  url: z.string().optional().describe('Public URL of the environment'),
  /** Whether this is production (stricter policy, restore guard). */
  production: z.boolean().default(false).describe('Whether this is a production environment'),
})

/** `environments:` section of .github/oda.yml, keyed by environment name. */
export const environmentsSectionSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'environment names are lowercase letters, digits, - and _'), environmentSchema)
