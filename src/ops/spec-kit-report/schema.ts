import { z } from 'zod'

/** Input of `oda spec-kit report`. */
export const specKitReportInputSchema = z.object({
  /** Repository root whose kits are reported. */
  dir: z.string().default('.').describe('Repository root whose kits are reported'),
  /** Kit folders relative to dir; empty uses spec-kit.paths from config, then automatic detection. */
  paths: z
    .array(z.string())
    .default([])
    .describe('Kit folders relative to dir; empty: config spec-kit.paths, else detect'),
})
export type SpecKitReportInput = z.output<typeof specKitReportInputSchema>
