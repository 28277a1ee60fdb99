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
      'repo/b/__openerp__.py',
      'other/c/__manifest__.py',
    ])
      writeFileSync(join(root, f), '{}')
    const r = scanAddonsPaths({
      root,
      paths: ['repo', 'other', 'repo', 'missing'],
      repoOf: (dir) => (dir.startsWith('repo/') ? 'OCA/repo' : undefined),
    })
    expect(r.addons).toEqual([
      { name: 'a', dir: 'repo/a', manifestFile: '__manifest__.py', addonsPath: 'repo', repo: 'OCA/repo' },
      // Odoo 16-18 still read the pre-10.0 manifest name.
      { name: 'b', dir: 'repo/b', manifestFile: '__openerp__.py', addonsPath: 'repo', repo: 'OCA/repo' },
      { name: 'c', dir: 'other/c', manifestFile: '__manifest__.py', addonsPath: 'other', repo: undefined },
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

  it('never reads through a link that leaves the repository, however chained', () => {
    const outside = mkdtempSync(join(tmpdir(), 'oda-host-'))
    mkdirSync(join(outside, 'secret_addon'))
    writeFileSync(join(outside, 'secret_addon', '__manifest__.py'), '{"name": "host file"}')
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0')
    const root = mkdtempSync(join(tmpdir(), 'oda-scan-'))
    mkdirSync(join(root, 'addons', 'own'), { recursive: true })
    writeFileSync(join(root, 'addons', 'own', '__manifest__.py'), '{}')
    // addons/stolen -> addons/hop -> <outside>/secret_addon: each link looks harmless on its own.
    symlinkSync(join(outside, 'secret_addon'), join(root, 'hop'))
    symlinkSync('../hop', join(root, 'addons', 'stolen'))
    mkdirSync(join(root, 'addons', 'sneaky'))
    symlinkSync(join(outside, 'passwd'), join(root, 'addons', 'sneaky', '__manifest__.py'))
    symlinkSync(outside, join(root, 'linked_path'))
    const r = scanAddonsPaths({ root, paths: ['addons', 'linked_path'], repoOf: () => undefined })
    expect(r.addons.map((a) => a.name)).toEqual(['own'])
    expect(r.findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual([
      'addons/sneaky/__manifest__.py manifest/path-outside-repo',
      'addons/stolen/__manifest__.py manifest/path-outside-repo',
      'linked_path manifest/path-outside-repo',
    ])
  })
})
