import { describe, expect, it } from 'vitest'
import { selectModules } from '../../../../src/odoo/ci/select-modules.ts'
import type { RepoAddon } from '../../../../src/odoo/ci/list-repo-addons.ts'
import { listRepoAddons, readDepends } from '../../../../src/odoo/ci/list-repo-addons.ts'
import { makeOdooRepo } from '../../../fixtures/odoo/make-odoo-repo.ts'

const addon = (name: string, depends: string[], installable = true): [string, RepoAddon] => [
  name,
  { name, dir: `addons/${name}`, depends, installable },
]
const addons = new Map([
  addon('shop', ['sale']),
  addon('shop_theme', ['shop', 'website']),
  addon('shop_report', ['shop_theme']),
  addon('legacy', ['base'], false),
  addon('misc', ['base']),
])

describe('selectModules', () => {
  it('affected: changed addons plus every addon depending on them, dependencies installed first', () => {
    const s = selectModules({
      select: 'affected',
      explicit: [],
      exclude: [],
      addons,
      changedFiles: ['addons/shop/models/order.py'],
    })
    expect(s.selected).toEqual(['shop', 'shop_report', 'shop_theme'])
    expect(s.installFirst).toEqual(['sale', 'website'])
    expect(s.reason).toBe('changed addons `shop` and their dependents `shop_report`, `shop_theme`')
  })
  it('all: installable addons only, minus exclusions', () => {
    expect(selectModules({ select: 'all', explicit: [], exclude: ['misc'], addons }).selected).toEqual([
      'shop',
      'shop_report',
      'shop_theme',
    ])
  })
  it('affected without changed files means all', () => {
    expect(selectModules({ select: 'affected', explicit: [], exclude: [], addons }).reason).toBe(
      'all addons (no changed files known)',
    )
  })
  it('explicit keeps modules unknown to the repository (OCA dependencies under test)', () => {
    expect(selectModules({ select: 'explicit', explicit: ['queue_job', 'shop'], exclude: [], addons })).toMatchObject({
      selected: ['queue_job', 'shop'],
      installFirst: ['sale'],
    })
  })
})

describe('selectModules with the addons graph', () => {
  it('takes changed addons and dependents from the graph, still honouring exclude and installable', () => {
    const s = selectModules({
      select: 'affected',
      explicit: [],
      exclude: ['shop_report'],
      addons,
      changedFiles: ['x'],
      graphAffected: () => ({ changed: ['shop', 'legacy'], dependents: ['shop_theme', 'shop_report'] }),
    })
    expect(s.selected).toEqual(['shop', 'shop_theme'])
    expect(s.reason).toBe('changed addons `shop` and their dependents `shop_theme`')
  })
})

describe('listRepoAddons', () => {
  it('reads depends and installable from the manifests of a real checkout', () => {
    const root = makeOdooRepo(['ci_demo', 'ci_missing_dep'])
    const found = listRepoAddons(root, ['.', 'addons'])
    expect([...found.keys()].sort()).toEqual(['ci_demo', 'ci_missing_dep'])
    expect(found.get('ci_missing_dep')).toMatchObject({
      dir: 'addons/ci_missing_dep',
      depends: ['base', 'nonexistent_mod'],
      installable: true,
    })
  })
  it('reads a multi-line depends list with comments and tuples', () => {
    expect(readDepends("{\n 'depends': (\n   'base',  # core\n   \"web\",\n ),\n}")).toEqual(['base', 'web'])
    expect(readDepends('{"name": "x"}')).toEqual([])
  })
})
