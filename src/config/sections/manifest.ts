import { z } from 'zod'

/** `manifest:` section of .github/oda.yml: OCA/ipai manifest verification settings. */
export const manifestSectionSchema = z.strictObject({
  /** Run the `oda / manifest` check. */
  enabled: z.boolean().default(true).describe('Run the oda / manifest check'),
})
