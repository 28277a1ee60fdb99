import { describe, expect, it } from 'vitest'
import { buildAddonsGraph } from '../../../../src/odoo/graph/build-addons-graph.ts'
import { decl, sampleGraph } from './sample-graph.ts'

describe('buildAddonsGraph', () => {
  it('keeps each depends edge with the manifest file and line that declares it', () => {
    const g = sampleGraph()
    expect(g.out.get('shop_sale')).toEqual([
      {
        from: 'shop_sale',
        to: 'shop_core',
        evidence: { file: 'addons/shop_sale/__manifest__.py', line: 5, column: 9 },
      },
      {
        from: 'shop_sale',
        to: 'queue_job',
        evidence: { file: 'addons/shop_sale/__manifest__.py', line: 6, column: 9 },
      },
    ])
    expect(g.in.get('shop_core')?.map((e) => e.from)).toEqual(['shop_sale', 'shop_stock'])
  })

  it('adds dependency targets as core or unknown nodes so every edge has both ends', () => {
    const g = buildAddonsGraph({ repos: [], addons: [decl('a', ['base', 'ghost'])], isCore: (n) => n === 'base' })
    expect(g.addons.get('base')).toMatchObject({ kind: 'core', onDisk: false })
    expect(g.addons.get('ghost')).toMatchObject({ kind: 'unknown', onDisk: false })
    expect(g.addons.get('a')).toMatchObject({ kind: 'custom', onDisk: true })
  })

  it('ignores a repeated depends entry and a second declaration of the same addon', () => {
    const g = buildAddonsGraph({ repos: [], addons: [decl('a', ['b', 'b']), decl('a', ['c']), decl('b', [])] })
    expect(g.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['a->b'])
  })
})
