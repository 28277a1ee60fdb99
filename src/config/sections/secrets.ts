import { z } from 'zod'

/** `secrets:` section of .github/oda.yml: secret scanning settings. */
export const secretsSectionSchema = z.strictObject({
  /** Run the `oda / secrets` check. */
  enabled: z.boolean().default(true).describe('Run the oda / secrets check'),
})
