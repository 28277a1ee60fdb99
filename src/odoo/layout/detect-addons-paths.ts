import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { manifestFileIn } from './manifest-file-in.ts'
import { safeStat } from './safe-stat.ts'
import { toPosixRelative } from './to-posix-relative.ts'

/**
 * Folders never searched for addons: setuptools-odoo shims (`setup/`, whose links point back at
 * the addons), tooling and caches, and sample trees (tests, fixtures, examples hold addons made
 * to be wrong or incomplete).
 */
const SKIPPED = new Set([
  'setup',
  'node_modules',
  '__pycache__',
  'venv',
  'site-packages',
  'test',
  'tests',
  'fixtures',
  'examples',
])
/** Folders up to this depth are looked into: enough for `odoo/custom/src/private` (doodba) and `src/<repo>` layouts. */
const MAX_DEPTH = 4
/** Folders looked at in one detection; a repository with more is reported, not walked forever. */
export const MAX_DETECT_FOLDERS = 20_000

/** Addons folders found without configuration, and whether the walk stopped at its bound. */
export interface DetectedAddonsPaths {
  /** Relative to the root, forward slashes, `.` for the root itself; in walk order (shallow first). */
  paths: string[]
  truncated: boolean
}

/**
 * Finds the addons folders of a repository as a new user would point Odoo at them: every folder
 * (the root included, as in OCA repositories) that directly holds an addon folder (one with
 * `__manifest__.py`). It walks breadth-first up to 4 levels, never into an addon, a hidden
 * folder, `setup/` or a symlinked folder (a link must not take the walk out of the checkout),
 * and never into `exclude` (folders already covered by the catalog).
 */
export function detectAddonsPaths(args: {
  root: string
  exclude?: readonly string[]
  maxFolders?: number
}): DetectedAddonsPaths {
  const exclude = new Set(args.exclude ?? [])
  const maxFolders = args.maxFolders ?? MAX_DETECT_FOLDERS
  const paths: string[] = []
  let queue = [{ abs: args.root, depth: 0 }]
  let visited = 0
  while (queue.length > 0) {
    const next: typeof queue = []
    for (const dir of queue) {
      if (++visited > maxFolders) return { paths, truncated: true }
      const subdirs = listSubfolders(dir.abs)
      let holdsAddon = false
      for (const name of subdirs) {
        const abs = join(dir.abs, name)
        if (manifestFileIn(abs) !== undefined) {
          holdsAddon = true
          continue
        }
        if (dir.depth + 1 > MAX_DEPTH || SKIPPED.has(name) || exclude.has(toPosixRelative(args.root, abs))) continue
        if (isOdooSourceTree(abs)) continue
        next.push({ abs, depth: dir.depth + 1 })
      }
      if (holdsAddon) paths.push(toPosixRelative(args.root, dir.abs))
    }
    queue = next
  }
  return { paths, truncated: false }
}

/**
 * An Odoo checkout (`odoo-bin`, or `odoo/addons/base`) or its core addons folder (`base/`):
 * its addons are the core of the series, not the repository's own (manifest.odooSourcePath uses it).
 */
function isOdooSourceTree(abs: string): boolean {
  return (
    safeStat(join(abs, 'odoo-bin')).kind === 'file' ||
    safeStat(join(abs, 'odoo', 'addons', 'base', '__manifest__.py')).kind === 'file' ||
    safeStat(join(abs, 'base', '__manifest__.py')).kind === 'file'
  )
}

/** Real (not symlinked) subfolders, hidden ones left out, sorted; none when the folder cannot be read. */
function listSubfolders(abs: string): string[] {
  try {
    return readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort()
  } catch {
    return []
  }
}
