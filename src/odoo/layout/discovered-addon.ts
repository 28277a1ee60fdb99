/** An addon folder found on disk (a folder holding `__manifest__.py`). */
export interface DiscoveredAddon {
  name: string
  /** Folder, relative to the repository root, forward slashes. */
  dir: string
  /** `__manifest__.py`, or `__openerp__.py` in an addon that still uses the old name. */
  manifestFile: string
  /** The addons path it was found in. */
  addonsPath: string
  /** The listed repo whose folder holds it (`OCA/queue`), if any. */
  repo?: string
}
