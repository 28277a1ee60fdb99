/** A changed file under a folder that looks like an addon, although no addon was found there. */
export interface ChangeOutsideAddons {
  file: string
  /** The folder that looks like an addon. */
  folder: string
  /** What makes it look like one: `__init__.py and models/`. */
  evidence: string
}

/** Sub-folders an Odoo addon has and a plain Python package rarely has. */
const ADDON_PARTS = [
  'models',
  'views',
  'security',
  'data',
  'wizard',
  'wizards',
  'controllers',
  'report',
  'i18n',
  'static/description',
]

/**
 * The changed files that sit in no addon, but under a folder that looks like one: it holds a
 * manifest name, or `__init__.py` next to an addon part (`models/`, `views/`, `security/`...).
 * Such a change would otherwise be reported as touching no addon at all. `exists(path)` says
 * whether a file exists in the tree that was scanned; `isFolder(path)` whether a folder does.
 */
export function changesOutsideAddons(args: {
  changedFiles: readonly string[]
  addonDirs: readonly string[]
  exists: (path: string) => boolean
  isFolder: (path: string) => boolean
}): ChangeOutsideAddons[] {
  const inAddon = (f: string): boolean => args.addonDirs.some((d) => f === d || f.startsWith(d + '/'))
  const out: ChangeOutsideAddons[] = []
  const verdicts = new Map<string, string | undefined>()
  for (const file of args.changedFiles) {
    if (inAddon(file)) continue
    const parts = file.split('/')
    for (let n = parts.length - 1; n >= 1; n--) {
      const folder = parts.slice(0, n).join('/')
      if (!verdicts.has(folder)) verdicts.set(folder, looksLikeAddon(folder, file, args))
      const evidence = verdicts.get(folder)
      if (evidence !== undefined) {
        out.push({ file, folder, evidence })
        break
      }
    }
  }
  return out
}

function looksLikeAddon(
  folder: string,
  file: string,
  tree: { exists: (path: string) => boolean; isFolder: (path: string) => boolean },
): string | undefined {
  for (const name of ['__manifest__.py', '__openerp__.py'])
    if (file === `${folder}/${name}` || tree.exists(`${folder}/${name}`)) return `it has ${name}`
  if (!tree.exists(`${folder}/__init__.py`)) return undefined
  const part = ADDON_PARTS.find((p) => tree.isFolder(`${folder}/${p}`))
  return part === undefined ? undefined : `it has __init__.py and ${part}/`
}
