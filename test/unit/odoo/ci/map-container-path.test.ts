import { describe, expect, it } from 'vitest'
import { mapContainerPath } from '../../../../src/odoo/ci/map-container-path.ts'

describe('mapContainerPath', () => {
  const pathMap = { '/mnt/extra-addons': 'addons', '/mnt/extra-addons/vendor/': 'third_party', '/opt/src': '.' }
  it('maps through the longest matching prefix', () => {
    expect(mapContainerPath('/mnt/extra-addons/ci_demo/tests/test_demo.py', { pathMap })).toBe(
      'addons/ci_demo/tests/test_demo.py',
    )
    expect(mapContainerPath('/mnt/extra-addons/vendor/x/__init__.py', { pathMap })).toBe('third_party/x/__init__.py')
    expect(mapContainerPath('/opt/src/shop/models/a.py', { pathMap })).toBe('shop/models/a.py')
  })
  it('does not match a prefix that only shares characters', () => {
    expect(mapContainerPath('/mnt/extra-addons2/x.py', { pathMap })).toBeUndefined()
  })
  it('falls back to a known addon folder, and gives up on Odoo core files', () => {
    const addonDirs = new Map([['ci_demo', 'src/addons/ci_demo']])
    expect(mapContainerPath('/home/ci/work/ci_demo/tests/test_demo.py', { pathMap: {}, addonDirs })).toBe(
      'src/addons/ci_demo/tests/test_demo.py',
    )
    expect(mapContainerPath('/opt/odoo/odoo/modules/loading.py', { pathMap: {}, addonDirs })).toBeUndefined()
  })
})

describe('paths of passing tests', () => {
  it('follow the repository folder their addon has in the failing frames before them', async () => {
    const { readFileSync } = await import('node:fs')
    const { ciDataOf } = await import('./ci-data-of.ts')
    const { odooLogFixtures } = await import('../../../fixtures/odoo/fixture-logs.ts')
    const text = readFileSync(odooLogFixtures().find((f) => f.name === 'odoo17_ci_demo_install.log')!.path, 'utf8')
    const { tests } = ciDataOf(text, { selected: [], installFirst: [] }, { pathMap: { '/mnt/extra-addons': 'src' } })
    expect(tests.find((t) => t['method'] === 'test_pass')?.['path']).toBe('src/ci_demo/tests/test_demo.py')
    expect(tests.find((t) => t['method'] === 'test_post_pass')?.['path']).toBe('src/ci_demo/tests/test_post.py')
  })
})
