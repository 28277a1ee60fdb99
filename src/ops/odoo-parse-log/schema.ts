import { z } from 'zod'

/** Input of `oda odoo parse-log <file>`. */
export const parseLogInputSchema = z.object({
  /** The saved Odoo log to read. */
  file: z.string().min(1).describe('Path of a saved Odoo log (plain or with ANSI colours)'),
  /** Modules the run was meant to test, to report those that ran no test. */
  modules: z
    .array(z.string())
    .default([])
    .describe('Modules the run was meant to test (reports those that ran no test)'),
  /** Exit code of the run that wrote the log, when known. */
  exitCode: z
    .number()
    .int()
    .min(-1)
    .max(255)
    .default(-1)
    .describe('Exit code of the run that wrote the log (-1: unknown)'),
})
export type ParseLogInput = z.output<typeof parseLogInputSchema>
