import { z } from 'zod'

/** `spec-kit:` section of .github/oda.yml: spec-kit validation settings. */
export const specKitSectionSchema = z.strictObject({
  /** Run the `oda / spec-kit` check. */
  enabled: z.boolean().default(true).describe('Run the oda / spec-kit check'),
  /** Folders (relative to the repo root) holding spec kits; empty means detect automatically. */
  paths: z.array(z.string()).default([]).describe('Spec kit folders; empty means detect automatically'),
})
