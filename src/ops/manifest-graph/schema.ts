import { z } from 'zod'

/** Input of `oda manifest graph`. */
export const manifestGraphInputSchema = z.object({
  /** Addon at the center of the graph; empty with `search` lists matches only. */
  addon: z.string().default('').describe('Addon at the center of the graph'),
  /** Repository root. */
  dir: z.string().default('.').describe('Repository root'),
  /** How many dependency/dependent steps around the addon to include. */
  depth: z.number().int().min(1).max(20).default(2).describe('Steps of dependencies and dependents to include'),
  /** Also find addons by name or summary (words, case-insensitive). */
  search: z.string().default('').describe('Find addons by name or summary'),
  /** Second addon: adds the dependency path between the two. */
  to: z.string().default('').describe('Second addon: show the dependency path between the two'),
})
export type ManifestGraphInput = z.output<typeof manifestGraphInputSchema>
