import { z } from 'zod'

/** One repository of addons the project uses (an OCA repo or an internal one). */
export const catalogRepoSchema = z.strictObject({
  /** `OCA/queue`: owner/name on GitHub, used in every message about the repo. */
  name: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/name", e.g. "OCA/queue"')
    .describe('owner/name, e.g. OCA/queue'),
  /** Clone URL. */
  url: z.string().min(1).describe('Clone URL'),
  /** Branch the repo must be checked out at; for OCA this is the Odoo series, e.g. `17.0`. */
  branch: z.string().min(1).describe('Branch, for OCA the series (17.0)'),
  /** Where the repo lives in this checkout; defaults to `<roots.oca_root>/<repo name>`. */
  path: z.string().min(1).optional().describe('Folder of the checkout, relative to the repository root'),
  /** Addons of this repo the project installs. */
  modules: z
    .array(z.string().regex(/^[A-Za-z0-9_]+$/, 'expected an addon folder name (letters, digits, _)'))
    .default([])
    .describe('Addons of this repo the project installs'),
  /** Free text. */
  description: z.string().optional().describe('Free text'),
})
export type CatalogRepo = z.output<typeof catalogRepoSchema>

/** `config/addons_manifest.oca_ipai.json`: the repos and modules a project installs. */
export const addonsCatalogSchema = z.object({
  $schema: z.string().optional(),
  /** Target Odoo series for the whole project, e.g. `17.0`. */
  series: z
    .string()
    .regex(/^\d+\.\d+$/, 'expected a series such as "17.0"')
    .optional(),
  /** Folders that hold vendored OCA repos and the project's own addons. */
  roots: z.object({ oca_root: z.string().default('vendor/oca'), ipai_root: z.string().default('addons') }).prefault({}),
  repos: z.array(catalogRepoSchema).default([]),
})
export type AddonsCatalog = z.output<typeof addonsCatalogSchema>

/** One addons folder Odoo's `--addons-path` gets. */
export const mountSchema = z.strictObject({
  /** Folder relative to the repository root. */
  path: z.string().min(1),
  /** The listed repo this mount serves, when it is one (`OCA/queue`). */
  repo: z.string().optional(),
  /** Where the folder appears inside the Odoo container, for documentation. */
  target: z.string().optional(),
  description: z.string().optional(),
})
export type Mount = z.output<typeof mountSchema>

/** `addons.manifest.json`: the addons folders mounted into Odoo. */
export const mountsFileSchema = z.object({
  $schema: z.string().optional(),
  mounts: z.array(mountSchema),
})
export type MountsFile = z.output<typeof mountsFileSchema>
