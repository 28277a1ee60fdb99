import { lstatSync, readdirSync, type Dirent } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import type { DiscoveredAddon } from './discovered-addon.ts'
import { MANIFEST_NAMES } from './manifest-file-in.ts'
import { realRoot, resolveInside } from './resolve-inside.ts'
import { safeStat } from './safe-stat.ts'
import { toPosixRelative } from './to-posix-relative.ts'

/**
 * Lists the addons in each addons path (one level deep, as Odoo does). `setup/` (the
 * setuptools-odoo shims of OCA repos) and hidden folders are skipped; a symlink loop, a link
 * that leaves the repository or an unreadable folder is a finding, never an exception, an
 * endless walk or a read outside the checkout.
 */
export function scanAddonsPaths(args: {
  root: string
  paths: readonly string[]
  repoOf: (dir: string) => string | undefined
}): { addons: DiscoveredAddon[]; findings: Finding[] } {
  const addons: DiscoveredAddon[] = []
  const findings: Finding[] = []
  const seen = new Set<string>()
  const rootReal = realRoot(args.root)
  const problem = (path: string, ruleId: string, message: string): void => {
    findings.push({ path, line: 1, level: 'failure', ruleId, message })
  }
  for (const p of args.paths) {
    const abs = resolve(args.root, p)
    const rel = toPosixRelative(args.root, abs)
    if (seen.has(rel)) continue
    seen.add(rel)
    const where = resolveInside(rootReal, abs)
    if (where.kind === 'loop') {
      problem(rel, 'manifest/symlink-loop', `addons path ${rel} is a symlink loop; Odoo cannot read it`)
      continue
    }
    if (where.kind === 'outside') {
      problem(rel, 'manifest/path-outside-repo', `addons path ${rel} is a link that leaves the repository; not read`)
      continue
    }
    if (where.kind !== 'inside' || safeStat(abs).kind !== 'dir') continue
    let entries: Dirent[]
    try {
      entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      )
    } catch (error) {
      problem(
        rel,
        'manifest/unreadable',
        `cannot list addons path ${rel}: ${error instanceof Error ? error.message : String(error)}`,
      )
      continue
    }
    for (const entry of entries) {
      const name = entry.name
      if (name === 'setup' || name.startsWith('.') || name === '__pycache__') continue
      // A real folder inside a real addons path needs no stat; only links are followed and checked.
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue
      const dir = join(abs, name)
      const dirRel = toPosixRelative(args.root, dir)
      const linked = entry.isSymbolicLink()
      const kind = linked ? safeStat(dir).kind : 'dir'
      if (kind === 'loop') {
        problem(
          dirRel,
          'manifest/symlink-loop',
          `${dirRel} in addons path ${rel} is a symlink loop; remove or fix the link`,
        )
        continue
      }
      if (kind !== 'dir') continue
      const found = manifestIn(dir)
      if (found === undefined) continue
      const manifestFile = found.name
      if ((linked || found.linked) && resolveInside(rootReal, join(dir, manifestFile)).kind === 'outside') {
        problem(
          `${dirRel}/${manifestFile}`,
          'manifest/path-outside-repo',
          `${dirRel} is (or holds) a link that leaves the repository; its manifest is not read`,
        )
        continue
      }
      addons.push({ name, dir: dirRel, manifestFile, addonsPath: rel, repo: args.repoOf(dirRel) })
    }
  }
  return { addons, findings }
}

/** The first manifest name present in `dir` (as a file, a folder or a link, even dangling), and whether it is a link. */
function manifestIn(dir: string): { name: string; linked: boolean } | undefined {
  for (const name of MANIFEST_NAMES) {
    const stat = lstatSync(join(dir, name), { throwIfNoEntry: false })
    if (stat) return { name, linked: stat.isSymbolicLink() }
  }
  return undefined
}
