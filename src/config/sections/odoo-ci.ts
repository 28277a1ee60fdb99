import { z } from 'zod'

/** `odoo-ci:` section of .github/oda.yml: how Odoo's tests run for a PR. */
export const odooCiSectionSchema = z.strictObject({
  /** Run the `oda / odoo-ci` check. */
  enabled: z.boolean().default(false).describe('Run the oda / odoo-ci check'),
})
