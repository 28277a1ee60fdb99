import { describe, expect, it } from 'vitest'
import { changesOutsideAddons } from '../../../../src/odoo/layout/changes-outside-addons.ts'

const files = new Set([
  'deep/a/b/c/d/sale_x/__init__.py',
  'deep/a/b/c/d/sale_x/models/sale.py',
  'lost_manifest/__init__.py',
  'lost_manifest/views/x.xml',
  'tools/__init__.py',
  'tools/cli.py',
  'docs/static/logo.png',
  'web_ok/__manifest__.py',
  'web_ok/views/a.xml',
])
const folders = new Set<string>()
for (const f of files) for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i))

describe('changesOutsideAddons', () => {
  it('flags changes under folders that look like addons, and only those', () => {
    const r = changesOutsideAddons({
      changedFiles: [
        'deep/a/b/c/d/sale_x/models/sale.py',
        'lost_manifest/views/x.xml',
        'web_ok/views/a.xml',
        'tools/cli.py',
        'docs/static/logo.png',
        'README.md',
        'gone/__manifest__.py',
      ],
      addonDirs: ['web_ok'],
      exists: (p) => files.has(p),
      isFolder: (p) => folders.has(p),
    })
    expect(r).toEqual([
      {
        file: 'deep/a/b/c/d/sale_x/models/sale.py',
        folder: 'deep/a/b/c/d/sale_x',
        evidence: 'it has __init__.py and models/',
      },
      { file: 'lost_manifest/views/x.xml', folder: 'lost_manifest', evidence: 'it has __init__.py and views/' },
      // A deleted manifest is still a change to an addon nobody will test.
      { file: 'gone/__manifest__.py', folder: 'gone', evidence: 'it has __manifest__.py' },
    ])
  })
})
