import { join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import type { Layout } from './load-layout.ts'
import { MANIFEST_NAMES } from './manifest-file-in.ts'
import { safeStat } from './safe-stat.ts'
import { toPosixRelative } from './to-posix-relative.ts'

/**
 * Layout rules: each listed repo present (and at its branch when it is a git checkout), its
 * branch the target series, each listed module a folder with `__manifest__.py` and
 * `__init__.py`, no module listed twice, each mount present, each repo mounted.
 */
export function checkLayout(args: {
  root: string
  layout: Layout
  series: string
  reposFile: string
  mountsFile: string
  branches: ReadonlyMap<string, string | undefined>
}): Finding[] {
  const { root, layout, series, reposFile, mountsFile } = args
  const findings: Finding[] = []
  const add = (f: Omit<Finding, 'level'> & { level?: Finding['level'] }): void => {
    findings.push({ level: 'failure', ...f })
  }
  const firstListing = new Map<string, string>()
  for (const repo of layout.repos) {
    const where = { path: reposFile, line: repo.line, column: repo.column }
    if (repo.branch !== series && /^\d+\.\d+$/.test(repo.branch)) {
      add({
        ...where,
        ruleId: 'manifest/repo-series',
        message: `repo ${repo.name} is listed at branch ${repo.branch}, but the target series is ${series}: use branch ${series} or change manifest.series`,
      })
    }
    const kind = safeStat(resolve(root, repo.path)).kind
    if (kind !== 'dir') {
      add({
        ...where,
        ruleId: 'manifest/repo-missing',
        message: `repo ${repo.name}@${repo.branch} is listed but ${repo.path} ${kind === 'loop' ? 'is a symlink loop' : 'does not exist'}: clone ${repo.url} (branch ${repo.branch}) there or set its "path"`,
      })
      continue
    }
    const actual = args.branches.get(repo.path)
    if (actual !== undefined && actual !== repo.branch) {
      add({
        ...where,
        ruleId: 'manifest/repo-branch',
        message: `repo ${repo.name} at ${repo.path} is checked out at ${actual}, but ${reposFile} expects branch ${repo.branch}`,
      })
    }
    for (const m of repo.modules) {
      const at = { path: reposFile, line: m.line, column: m.column }
      const earlier = firstListing.get(m.name)
      if (earlier !== undefined && earlier !== repo.name) {
        add({
          ...at,
          ruleId: 'manifest/module-duplicate',
          message: `module ${m.name} is listed in both ${earlier} and ${repo.name}: Odoo loads whichever addons path comes first; keep one`,
        })
      } else firstListing.set(m.name, repo.name)
      const dir = join(repo.path, m.name)
      const dirKind = safeStat(resolve(root, dir)).kind
      if (dirKind !== 'dir') {
        add({
          ...at,
          ruleId: 'manifest/module-missing',
          message: `module ${m.name} (repo ${repo.name}@${repo.branch}) is listed but ${dir} ${dirKind === 'loop' ? 'is a symlink loop' : 'does not exist'}: check the name or update the checkout`,
        })
        continue
      }
      const missing = [
        ...(MANIFEST_NAMES.every((m) => safeStat(resolve(root, dir, m)).kind === 'missing') ? ['__manifest__.py'] : []),
        ...(safeStat(resolve(root, dir, '__init__.py')).kind === 'missing' ? ['__init__.py'] : []),
      ]
      for (const file of missing) {
        add({
          ...at,
          ruleId: 'manifest/module-not-addon',
          message: `module ${m.name} (repo ${repo.name}@${repo.branch}): ${dir} has no ${file}, so it is not an Odoo addon`,
        })
      }
    }
  }
  if (layout.mounts) {
    const mounted = new Set<string>()
    for (const m of layout.mounts) {
      const rel = toPosixRelative(root, resolve(root, m.path))
      mounted.add(rel)
      const kind = safeStat(resolve(root, m.path)).kind
      if (kind !== 'dir')
        add({
          path: mountsFile,
          line: m.line,
          column: m.column,
          ruleId: 'manifest/mount-missing',
          message: `mount ${m.path} ${kind === 'loop' ? 'is a symlink loop' : kind === 'missing' ? 'does not exist' : 'is not a folder'}: Odoo's addons path would be broken`,
        })
      if (m.repo !== undefined && !layout.repos.some((r) => r.name === m.repo)) {
        add({
          path: mountsFile,
          line: m.line,
          column: m.column,
          level: 'warning',
          ruleId: 'manifest/mount-unknown-repo',
          message: `mount ${m.path} names repo ${m.repo}, which is not listed in ${reposFile}`,
        })
      }
    }
    for (const repo of layout.repos) {
      if (!mounted.has(repo.path)) {
        add({
          path: reposFile,
          line: repo.line,
          column: repo.column,
          level: 'warning',
          ruleId: 'manifest/repo-not-mounted',
          message: `repo ${repo.name} (${repo.path}) is listed but not mounted in ${mountsFile}: Odoo will not find its modules`,
        })
      }
    }
  }
  return findings
}
