import { z } from 'zod'

/** Input of `oda manifest show`. */
export const manifestShowInputSchema = z.object({
  /** Addon folders (or their `__manifest__.py` files) to print, relative to the working directory. */
  addons: z.array(z.string()).default([]).describe('Addon folders (or __manifest__.py files) to print'),
  /** Largest manifest read, in bytes. */
  maxManifestBytes: z
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024)
    .describe('Largest manifest read, in bytes'),
})
export type ManifestShowInput = z.output<typeof manifestShowInputSchema>
