import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectAddonsPaths } from '../../../../src/odoo/layout/detect-addons-paths.ts'

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-detect-'))
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true })
    writeFileSync(join(root, f), '{}')
  }
  return root
}

describe('detectAddonsPaths', () => {
  it('finds the root of an OCA repository and skips its setup/ shims', () => {
    const root = tree(['web_notify/__manifest__.py', 'web_ribbon/__manifest__.py', 'setup/_metapackage/setup.py'])
    mkdirSync(join(root, 'setup/web_notify/odoo/addons'), { recursive: true })
    symlinkSync('../../../../web_notify', join(root, 'setup/web_notify/odoo/addons/web_notify'))
    expect(detectAddonsPaths({ root })).toEqual({ paths: ['.'], truncated: false })
  })

  it('finds addons/, nested project layouts and old __openerp__.py addons, shallow first', () => {
    const root = tree([
      'addons/ipai_a/__manifest__.py',
      'odoo/custom/src/private/my_addon/__manifest__.py',
      'third_party/legacy/old_addon/__openerp__.py',
      // An addon is not searched for addons: its tests hold none.
      'addons/ipai_a/tests/fake/__manifest__.py',
      'docs/readme.md',
    ])
    expect(detectAddonsPaths({ root }).paths).toEqual(['addons', 'third_party/legacy', 'odoo/custom/src/private'])
  })

  it('leaves out sample trees, hidden folders, excluded folders, Odoo source trees and symlinked folders', () => {
    const root = tree([
      'tests/fixtures/x/__manifest__.py',
      'examples/shop/addons/y/__manifest__.py',
      '.git/modules/z/__manifest__.py',
      'vendor/oca/queue/queue_job/__manifest__.py',
      'node_modules/pkg/a/__manifest__.py',
      'odoo/odoo-bin',
      'odoo/addons/sale/__manifest__.py',
      'src/addons/base/__manifest__.py',
      'src/addons/account/__manifest__.py',
    ])
    const outside = tree(['elsewhere/addon/__manifest__.py'])
    symlinkSync(join(outside, 'elsewhere'), join(root, 'linked'))
    expect(detectAddonsPaths({ root, exclude: ['vendor/oca'] })).toEqual({ paths: [], truncated: false })
  })

  it('stops at its folder budget and says so', () => {
    const root = tree([...Array.from({ length: 30 }, (_, i) => `f${i}/readme.md`), 'zz/deep/a/__manifest__.py'])
    expect(detectAddonsPaths({ root, maxFolders: 10 })).toEqual({ paths: [], truncated: true })
    expect(detectAddonsPaths({ root }).paths).toEqual(['zz/deep'])
  })
})
