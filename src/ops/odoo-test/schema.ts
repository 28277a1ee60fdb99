import { z } from 'zod'

/** An Odoo module (technical) name: it becomes part of Odoo's `-i` argument. */
const moduleName = z.string().regex(/^[A-Za-z0-9_]+$/, 'an Odoo module name (letters, digits and underscores)')

/** Input of `oda odoo test`. Everything defaults to the repo's `odoo-ci` config. */
export const odooTestInputSchema = z.object({
  /** Repository checkout to test. */
  dir: z.string().default('.').describe('Repository root of the checkout under test'),
  /** Explicit modules; when given, selection is explicit. */
  modules: z
    .array(moduleName)
    .default([])
    .describe('Modules to test (given: explicit selection; empty: odoo-ci.select decides)'),
  /** Override of `odoo-ci.select`. */
  select: z
    .enum(['config', 'affected', 'all', 'explicit'])
    .default('config')
    .describe('Which modules: config (odoo-ci.select), affected, all, or explicit'),
  /** Files the PR changed, relative to the repo root (affected selection). */
  changedFiles: z
    .array(z.string())
    .default([])
    .describe('Files the PR changed (affected selection; empty: unknown, all addons)'),
  /** Git ref the change is compared against, to find the changed files when none are given. */
  base: z
    .string()
    .default('')
    .describe(
      'Git ref of the PR base (e.g. origin/main): affected selection uses the files changed since it (default: none; in Actions the pull request base)',
    ),
  /** Modules installed without tests before the run, on top of the computed dependencies. */
  installFirst: z.array(moduleName).default([]).describe('Extra modules to install first, without running their tests'),
  /** Override of the run mode. */
  mode: z
    .enum(['config', 'docker-compose', 'odoo-bin', 'custom'])
    .default('config')
    .describe('How Odoo starts: config (odoo-ci.mode), docker-compose, odoo-bin or custom'),
  /** Custom command (program and leading arguments); implies custom mode. */
  command: z.array(z.string()).default([]).describe('Custom Odoo command as an argument array (implies mode custom)'),
  /** Fixed database name instead of a per-run one. */
  database: z
    .string()
    .regex(/^$|^[A-Za-z_][A-Za-z0-9_-]*$/)
    .default('')
    .describe('Database name (default: a new per-run name)'),
  /** Keep the database after the run (for debugging). */
  keepDatabase: z.boolean().default(false).describe('Keep the database after the run instead of dropping it'),
  /** Timeout such as `45m`; empty uses the TIMEOUT env, then odoo-ci.timeoutMinutes. */
  timeout: z
    .string()
    .default('')
    .describe('Timeout such as 90s, 45m or 2h (default: TIMEOUT env, then odoo-ci.timeoutMinutes)'),
  /** Show the commands that would run, run nothing. */
  dryRun: z.boolean().default(false).describe('Print the selection and commands, run nothing'),
})
export type OdooTestInput = z.output<typeof odooTestInputSchema>
