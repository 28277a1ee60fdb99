import { z } from 'zod'
import { specKitSectionSchema } from './sections/spec-kit.ts'
import { manifestSectionSchema } from './sections/manifest.ts'
import { secretsSectionSchema } from './sections/secrets.ts'
import { odooCiSectionSchema } from './sections/odoo-ci.ts'
import { environmentsSectionSchema } from './sections/environments.ts'
import { policySectionSchema, redactSectionSchema } from './sections/policy.ts'
import { commandsSectionSchema } from './sections/commands.ts'

/**
 * The schema of `.github/oda.yml`. Each section lives in `sections/` next to this file,
 * owned by the domain it configures; this file only assembles them.
 */
export const odaConfigSchema = z.strictObject({
  /** Config to inherit from: a path relative to this file (org `.github` repo with the App). */
  _extends: z
    .string()
    .optional()
    .describe('Config to inherit from (path relative to this file, or owner/.github with the App)'),
  /** Schema version of this file. */
  version: z.literal(1).default(1).describe('Schema version of this file'),
  'spec-kit': specKitSectionSchema.prefault({}),
  manifest: manifestSectionSchema.prefault({}),
  secrets: secretsSectionSchema.prefault({}),
  'odoo-ci': odooCiSectionSchema.prefault({}),
  environments: environmentsSectionSchema.default({}),
  policy: policySectionSchema.prefault({}),
  redact: redactSectionSchema.prefault({}),
  commands: commandsSectionSchema.prefault({}),
})

/** The validated config with defaults applied. */
export type OdaConfig = z.output<typeof odaConfigSchema>

/** The config a repo without `.github/oda.yml` gets. */
export function defaultConfig(): OdaConfig {
  return odaConfigSchema.parse({})
}
