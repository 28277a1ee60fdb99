import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestGraphOp } from '../../../../src/ops/manifest-graph/index.ts'
import { isUsageError } from '../../../../src/engine/errors.ts'
import { runOn } from '../manifest-verify/repo-fixtures.ts'

const SHOP = join(import.meta.dirname, '../../../../examples/odoo-shop')

describe('manifest.graph on examples/odoo-shop', () => {
  it('describes the neighborhood with evidence, dependents, related addons and a path', async () => {
    const r = await runOn(manifestGraphOp, SHOP, { addon: 'ipai_delivery_slot', depth: 1, to: 'mail' })
    expect(r.conclusion).toBe('success')
    const data = r.data as {
      nodes: { name: string; kind: string; distance: number }[]
      edges: unknown[]
      dependents: string[]
      path: { edges: { from: string; to: string }[] }
    }
    expect(data.nodes.map((n) => `${n.distance} ${n.name} ${n.kind}`)).toEqual([
      '0 ipai_delivery_slot custom',
      '1 ipai_shop_base custom',
      '1 ipai_shop_ops custom',
      '1 queue_job repo',
      '1 stock core',
      '1 website_sale core',
    ])
    expect(data.edges).toContainEqual({
      from: 'ipai_delivery_slot',
      to: 'queue_job',
      file: 'addons/ipai_delivery_slot/__manifest__.py',
      line: 17,
    })
    expect(data.dependents).toEqual(['ipai_shop_ops'])
    expect(data.path.edges.map((e) => e.to)).toEqual(['ipai_shop_base', 'mail'])
    expect(JSON.parse(manifestGraphOp.formats?.['json']?.(r) ?? 'null')).toEqual(r.data)
  })

  it('renders dot and text from the same data', async () => {
    const r = await runOn(manifestGraphOp, SHOP, { addon: 'queue_job', depth: 1 })
    const dot = manifestGraphOp.formats?.['dot']?.(r) ?? ''
    expect(dot).toMatch(/^digraph addons \{/)
    expect(dot).toContain(
      '"ipai_delivery_slot" -> "queue_job" [tooltip="addons/ipai_delivery_slot/__manifest__.py:17"];',
    )
    expect(dot).toContain('label="OCA/queue";')
    const text = manifestGraphOp.formats?.['text']?.(r) ?? ''
    expect(text.split('\n')[0]).toBe('queue_job [OCA/queue]')
    expect(text).toContain(
      '    <- ipai_delivery_slot [addons/ipai_delivery_slot]  (addons/ipai_delivery_slot/__manifest__.py:17)',
    )
  })

  it('suggests the closest name for an unknown addon', async () => {
    const r = await runOn(manifestGraphOp, SHOP, { addon: 'ipai_delivry_slot' })
    expect(r.conclusion).toBe('neutral')
    expect(r.summary).toContain('Did you mean `ipai_delivery_slot`?')
    expect(manifestGraphOp.formats?.['dot']?.(r)).toContain('digraph addons {}')
  })

  it('--to without an addon is a usage error showing the right call, even with --search', async () => {
    for (const raw of [{ to: 'mail' }, { to: 'mail', search: 'job' }]) {
      const error = await runOn(manifestGraphOp, SHOP, raw).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(isUsageError(error)).toBe(true)
      expect((error as Error).message).toBe('--to needs an addon: oda manifest graph <addon> --to <other>')
    }
  })

  it('asks for an addon or a search instead of showing an empty result', async () => {
    const error = await runOn(manifestGraphOp, SHOP, {}).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(isUsageError(error)).toBe(true)
    expect((error as Error).message).toBe(
      'name an addon or a search: oda manifest graph <addon> | oda manifest graph --search <words>',
    )
  })

  it('searches by name and summary', async () => {
    const r = await runOn(manifestGraphOp, SHOP, { search: 'job queue' })
    expect((r.data as { matches: { name: string }[] }).matches.map((m) => m.name)).toEqual([
      'queue_job',
      'queue_job_cron',
      'queue_job_cron_jobrunner',
    ])
  })
})
