import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeStat } from '../../../../src/odoo/layout/safe-stat.ts'
import { scanAddonsPaths } from '../../../../src/odoo/layout/scan-addons-paths.ts'

describe('scanAddonsPaths', () => {
  it('lists addon folders one level deep, skipping setup/, hidden folders and plain folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-scan-'))
    for (const d of ['repo/a', 'repo/setup/a', 'repo/.git/x', 'repo/not_addon', 'repo/b', 'other/c'])
      mkdirSync(join(root, d), { recursive: true })
    for (const f of [
      'repo/a/__manifest__.py',
      'repo/setup/a/__manifest__.py',
      'repo/b/__manifest__.py',
      'other/c/__manifest__.py',
    ])
      writeFileSync(join(root, f), '{}')
    const r = scanAddonsPaths({
      root,
      paths: ['repo', 'other', 'repo', 'missing'],
      repoOf: (dir) => (dir.startsWith('repo/') ? 'OCA/repo' : undefined),
    })
    expect(r.addons).toEqual([
      { name: 'a', dir: 'repo/a', addonsPath: 'repo', repo: 'OCA/repo' },
      { name: 'b', dir: 'repo/b', addonsPath: 'repo', repo: 'OCA/repo' },
      { name: 'c', dir: 'other/c', addonsPath: 'other', repo: undefined },
    ])
    expect(r.findings).toEqual([])
  })

  it('turns symlink loops into findings and tells loops from missing files', () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-scan-'))
    mkdirSync(join(root, 'addons'))
    symlinkSync('self', join(root, 'addons', 'self'))
    symlinkSync('nowhere', join(root, 'addons', 'dangling'))
    expect(safeStat(join(root, 'addons', 'self')).kind).toBe('loop')
    expect(safeStat(join(root, 'addons', 'dangling')).kind).toBe('missing')
    const r = scanAddonsPaths({ root, paths: ['addons'], repoOf: () => undefined })
    expect(r.findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(['addons/self manifest/symlink-loop'])
  })
})
