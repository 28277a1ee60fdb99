import { z } from 'zod'

const level = z.enum(['off', 'notice', 'warning', 'failure'])

/** `manifest:` section of .github/oda.yml: OCA/ipai manifest verification settings. */
export const manifestSectionSchema = z.strictObject({
  /** Run the `oda / manifest` check. */
  enabled: z.boolean().default(true).describe('Run the oda / manifest check'),
  /** Target Odoo series; `auto`: the dominant series of the addons' versions, else the branch name, else the catalog. */
  series: z
    .enum(['auto', '16.0', '17.0', '18.0'])
    .default('auto')
    .describe("Target Odoo series (auto: the addons' versions, else the branch name, else the catalog)"),
  /** The catalog of repos and modules, relative to the repository root. */
  reposFile: z
    .string()
    .default('config/addons_manifest.oca_ipai.json')
    .describe('Catalog of repos and modules (repos: name, url, branch, modules)'),
  /** The active mounts (addons paths), relative to the repository root. */
  mountsFile: z.string().default('addons.manifest.json').describe('Active mounts file (addons paths given to Odoo)'),
  /** Addons folders to scan (with the mounts, if any); empty: detected (the root, addons/, any folder holding addons). */
  addonsPaths: z
    .array(z.string())
    .default([])
    .describe('Addons folders to scan besides the mounts (empty: detected in the checkout)'),
  /** Licenses addons may use (Odoo license keys). */
  allowedLicenses: z
    .array(z.string())
    .default([
      'AGPL-3',
      'LGPL-3',
      'GPL-3',
      'GPL-3 or any later version',
      'GPL-2',
      'GPL-2 or any later version',
      'Other OSI approved licence',
      'OPL-1',
      'OEEL-1',
      'Other proprietary',
    ])
    .describe('Licenses addons may use (Odoo license keys)'),
  /** Keys every checked manifest must have (Odoo itself defaults `depends` to none). */
  requiredKeys: z
    .array(z.string())
    .default(['name', 'version', 'license', 'author'])
    .describe('Keys every checked manifest must have'),
  /** An Odoo source checkout; when set, its addons are the exact core list of the series. */
  odooSourcePath: z
    .string()
    .default('')
    .describe('Odoo source checkout for the exact core addon list (empty: shipped list)'),
  /** Manifests larger than this are a finding instead of being parsed. */
  maxManifestBytes: z
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024)
    .describe('Largest manifest parsed, in bytes'),
  /** Level per rule id (`manifest/license-compat: warning`); `off` disables the rule. */
  severities: z.record(z.string(), level).default({}).describe('Level per rule id; off disables the rule'),
})
