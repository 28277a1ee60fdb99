import { describe, expect, it } from 'vitest'
import { buildAddonsGraph } from '../../../../src/odoo/graph/build-addons-graph.ts'
import { findCycles } from '../../../../src/odoo/graph/find-cycles.ts'
import { findPath } from '../../../../src/odoo/graph/find-path.ts'
import { neighborhood } from '../../../../src/odoo/graph/neighborhood.ts'
import { searchAddons } from '../../../../src/odoo/graph/search-addons.ts'
import { topRelated } from '../../../../src/odoo/graph/top-related.ts'
import { topologicalOrder } from '../../../../src/odoo/graph/topological-order.ts'
import { transitiveDependencies, transitiveDependents } from '../../../../src/odoo/graph/transitive.ts'
import { decl, sampleGraph } from './sample-graph.ts'

describe('addons graph queries', () => {
  it('neighborhood walks dependencies and dependents up to the depth', () => {
    const g = sampleGraph()
    expect(neighborhood(g, 'shop_sale', 1)?.distance).toEqual({ shop_sale: 0, shop_core: 1, queue_job: 1, shop_web: 1 })
    const two = neighborhood(g, 'shop_sale', 2)
    expect(Object.keys(two?.distance ?? {}).sort()).toEqual([
      'base',
      'mail',
      'queue_job',
      'shop_core',
      'shop_sale',
      'shop_stock',
      'shop_web',
    ])
    expect(two?.edges.every((e) => two.distance[e.from] !== undefined && two.distance[e.to] !== undefined)).toBe(true)
    expect(neighborhood(g, 'nope', 1)).toBeUndefined()
  })

  it('transitive dependents and dependencies', () => {
    const g = sampleGraph()
    expect([...transitiveDependents(g, 'shop_core')].sort()).toEqual(['shop_sale', 'shop_stock', 'shop_web'])
    expect([...transitiveDependents(g, 'mail')].sort()).toEqual([
      'queue_job',
      'shop_core',
      'shop_sale',
      'shop_stock',
      'shop_web',
    ])
    expect([...transitiveDependencies(g, 'shop_web')].sort()).toEqual([
      'base',
      'mail',
      'queue_job',
      'shop_core',
      'shop_sale',
      'shop_stock',
    ])
    expect(transitiveDependents(g, 'shop_web').size).toBe(0)
  })

  it('findPath gives the shortest chain in either direction, or undefined', () => {
    const g = sampleGraph()
    expect(findPath(g, 'shop_web', 'mail')?.map((e) => `${e.from}->${e.to}`)).toEqual([
      'shop_web->shop_sale',
      'shop_sale->shop_core',
      'shop_core->mail',
    ])
    expect(findPath(g, 'base', 'shop_stock')?.map((e) => e.from)).toEqual(['shop_stock', 'shop_core'])
    expect(findPath(g, 'shop_sale', 'shop_stock')).toBeUndefined()
    expect(findPath(g, 'shop_sale', 'shop_sale')).toEqual([])
    expect(findPath(g, 'shop_sale', 'missing')).toBeUndefined()
  })

  it('topRelated puts direct neighbours first and breaks ties by name', () => {
    const related = topRelated(sampleGraph(), 'shop_sale', 3)
    expect(related.map((r) => r.name)).toEqual(['queue_job', 'shop_core', 'shop_web'])
    expect(related[0]?.reasons).toContain('shop_sale depends on it')
    expect(topRelated(sampleGraph(), 'missing')).toEqual([])
  })

  it('searchAddons matches every word in name or summary, exact names first', () => {
    const g = sampleGraph()
    expect(searchAddons(g, 'shop').map((h) => h.addon.name)).toEqual([
      'shop_core',
      'shop_sale',
      'shop_stock',
      'shop_web',
    ])
    expect(searchAddons(g, 'queue job').map((h) => h.addon.name)).toEqual(['queue_job'])
    expect(searchAddons(g, 'warehouses').map((h) => h.addon.name)).toEqual(['shop_stock'])
    expect(searchAddons(g, 'shop sale')[0]?.addon.name).toBe('shop_sale')
    expect(searchAddons(g, '  ')).toEqual([])
  })

  it('topologicalOrder puts dependencies first, also through addons outside the set', () => {
    const g = sampleGraph()
    expect(topologicalOrder(g, ['shop_web', 'shop_core', 'shop_stock', 'shop_sale'])).toEqual([
      'shop_core',
      'shop_sale',
      'shop_stock',
      'shop_web',
    ])
    expect(topologicalOrder(g, ['shop_web', 'queue_job'])).toEqual(['queue_job', 'shop_web'])
  })

  it('findCycles reports each loop once with its edges, self-loops included', () => {
    const g = buildAddonsGraph({
      repos: [],
      addons: [decl('a', ['b']), decl('b', ['c']), decl('c', ['a', 'd']), decl('d', []), decl('s', ['s'])],
    })
    const cycles = findCycles(g)
    expect(cycles.map((c) => c.map((e) => `${e.from}->${e.to}`))).toEqual([['a->b', 'b->c', 'c->a'], ['s->s']])
    expect(topologicalOrder(g, ['a', 'b', 'c', 'd'])).toEqual(['d', 'a', 'b', 'c'])
    expect(findCycles(sampleGraph())).toEqual([])
  })

  it('handles a 5,000-addon chain without recursion limits', () => {
    const addons = Array.from({ length: 5000 }, (_, i) => decl(`m${i}`, i === 0 ? ['m4999'] : [`m${i - 1}`]))
    const g = buildAddonsGraph({ repos: [], addons })
    expect(findCycles(g)[0]?.length).toBe(5000)
    expect(transitiveDependents(g, 'm0').size).toBe(4999)
  })
})
