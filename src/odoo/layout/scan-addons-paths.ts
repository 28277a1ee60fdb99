import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import type { DiscoveredAddon } from './discovered-addon.ts'
import { safeStat } from './safe-stat.ts'
import { toPosixRelative } from './to-posix-relative.ts'

/**
 * Lists the addons in each addons path (one level deep, as Odoo does). `setup/` (the
 * setuptools-odoo shims of OCA repos) and hidden folders are skipped; a symlink loop or an
 * unreadable folder is a finding, never an exception or an endless walk.
 */
export function scanAddonsPaths(args: {
  root: string
  paths: readonly string[]
  repoOf: (dir: string) => string | undefined
}): { addons: DiscoveredAddon[]; findings: Finding[] } {
  const addons: DiscoveredAddon[] = []
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const p of args.paths) {
    const abs = resolve(args.root, p)
    const rel = toPosixRelative(args.root, abs)
    if (seen.has(rel)) continue
    seen.add(rel)
    const stat = safeStat(abs)
    if (stat.kind === 'loop') {
      findings.push({
        path: rel,
        line: 1,
        level: 'failure',
        ruleId: 'manifest/symlink-loop',
        message: `addons path ${rel} is a symlink loop; Odoo cannot read it`,
      })
      continue
    }
    if (stat.kind !== 'dir') continue
    let entries: string[]
    try {
      entries = readdirSync(abs).sort()
    } catch (error) {
      findings.push({
        path: rel,
        line: 1,
        level: 'failure',
        ruleId: 'manifest/unreadable',
        message: `cannot list addons path ${rel}: ${error instanceof Error ? error.message : String(error)}`,
      })
      continue
    }
    for (const name of entries) {
      if (name === 'setup' || name.startsWith('.') || name === '__pycache__') continue
      const dir = join(abs, name)
      const kind = safeStat(dir).kind
      const dirRel = toPosixRelative(args.root, dir)
      if (kind === 'loop') {
        findings.push({
          path: dirRel,
          line: 1,
          level: 'failure',
          ruleId: 'manifest/symlink-loop',
          message: `${dirRel} in addons path ${rel} is a symlink loop; remove or fix the link`,
        })
        continue
      }
      if (kind !== 'dir') continue
      const manifest = safeStat(join(dir, '__manifest__.py')).kind
      if (manifest === 'missing') continue
      addons.push({ name, dir: dirRel, addonsPath: rel, repo: args.repoOf(dirRel) })
    }
  }
  return { addons, findings }
}
