import { afterAll, describe, expect, it } from 'vitest'
import { backends, newRun, openSpec } from './backends.ts'
import type { Store } from '../../../../src/engine/store/store.ts'
import type { RunRecord } from '../../../../src/engine/run-record.ts'
import { RunNotFoundError } from '../../../../src/engine/store/run-not-found-error.ts'
import { DuplicateRunError } from '../../../../src/engine/store/duplicate-run-error.ts'
import { StoreInputError } from '../../../../src/engine/store/store-input-error.ts'

describe.each(backends())('runs on $name', (backend) => {
  afterAll(() => backend.cleanup())

  async function fresh(): Promise<Store> {
    const store = openSpec(backend.fresh())
    await store.migrate()
    return store
  }

  it('stores a run and reads back exactly what went in', async () => {
    const store = await fresh()
    const run: RunRecord = newRun({
      input: { environment: 'prod', tags: ['a', 'b'], nested: { n: 1.5, nil: null } },
      externalRef: { checkRunId: '42', workflowRun: 'https://github.com/acme/shop/actions/runs/1' },
      trace: [
        {
          name: 'parse',
          startedAt: '2026-01-01T00:00:00.000Z',
          endedAt: '2026-01-01T00:00:00.010Z',
          status: 'succeeded',
          excerpt: 'ok ✓',
        },
      ],
      pdrs: [
        {
          rule: 'environments.prod.permission',
          verdict: 'allow',
          reason: 'maintainer',
          inputs: { actor: 'octocat' },
          at: '2026-01-01T00:00:00.000Z',
        },
      ],
      artifacts: [{ name: 'log', path: 'out/log.txt', bytes: 12 }],
      title: 'Deploy prod',
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    await store.createRun(run)
    expect(await store.getRun(run.id)).toEqual(run)
    expect(await store.getRun('nope')).toBeUndefined()
    expect(store.kind).toBe(backend.name)
    await store.close()
  })

  it('normalises times to UTC ISO and keeps millisecond precision', async () => {
    const store = await fresh()
    const run = newRun({ createdAt: '2026-03-01T12:00:00.123+02:00' })
    await store.createRun(run)
    expect((await store.getRun(run.id))?.createdAt).toBe('2026-03-01T10:00:00.123Z')
    await store.close()
  })

  it('rejects a duplicate id, a non-queued new run and a bad time with named errors', async () => {
    const store = await fresh()
    const run = newRun()
    await store.createRun(run)
    await expect(store.createRun(run)).rejects.toBeInstanceOf(DuplicateRunError)
    await expect(store.createRun(newRun({ state: 'running' }))).rejects.toThrow(/state: a new run starts as queued/)
    const bad = store.createRun(newRun({ createdAt: 'yesterday' }))
    await expect(bad).rejects.toBeInstanceOf(StoreInputError)
    await expect(store.createRun(newRun({ createdAt: 'yesterday' }))).rejects.toThrow(
      /createdAt: "yesterday" is not an ISO 8601 time/,
    )
    await expect(store.createRun(newRun({ id: '' }))).rejects.toThrow(/id: must be a non-empty string/)
    expect(await store.listRuns()).toHaveLength(1)
    await store.close()
  })

  it('patches fields without touching state, and refuses unknown runs and unknown fields', async () => {
    const store = await fresh()
    const run = newRun()
    await store.createRun(run)
    await store.updateRun(run.id, {
      externalRef: { checkRunId: '7' },
      evidenceDigest: 'ab'.repeat(32),
      evidencePath: 'docs/evidence/x',
      title: undefined,
    })
    const got = await store.getRun(run.id)
    expect(got).toMatchObject({
      state: 'queued',
      externalRef: { checkRunId: '7' },
      evidenceDigest: 'ab'.repeat(32),
      evidencePath: 'docs/evidence/x',
    })
    expect(got).not.toHaveProperty('title')
    await store.updateRun(run.id, {})
    await expect(store.updateRun('missing', { title: 'x' })).rejects.toBeInstanceOf(RunNotFoundError)
    await expect(store.updateRun('missing', {})).rejects.toBeInstanceOf(RunNotFoundError)
    // @ts-expect-error state is not patchable: it only changes through transition()
    await expect(store.updateRun(run.id, { state: 'succeeded' })).rejects.toThrow(
      /patch.state: is not a patchable run field/,
    )
    expect((await store.getRun(run.id))?.state).toBe('queued')
    await store.close()
  })

  it('lists newest first, filters by op and state, and honours the limit', async () => {
    const store = await fresh()
    const base = Date.parse('2026-01-01T00:00:00Z')
    for (let i = 0; i < 6; i++) {
      await store.createRun(
        newRun({ id: `r${i}`, op: i % 2 ? 'backup' : 'deploy', createdAt: new Date(base + i * 1000).toISOString() }),
      )
    }
    await store.transition('r4', 'queued', 'running')
    expect((await store.listRuns()).map((r) => r.id)).toEqual(['r5', 'r4', 'r3', 'r2', 'r1', 'r0'])
    expect((await store.listRuns({ op: 'backup' })).map((r) => r.id)).toEqual(['r5', 'r3', 'r1'])
    expect((await store.listRuns({ state: 'running' })).map((r) => r.id)).toEqual(['r4'])
    expect((await store.listRuns({ op: 'deploy', state: 'queued', limit: 1 })).map((r) => r.id)).toEqual(['r2'])
    await expect(store.listRuns({ limit: 0 })).rejects.toThrow(/limit: must be an integer from 1 to 1000/)
    await store.close()
  })

  it('counts runs per op and scope since a time, and finds the last end time', async () => {
    const store = await fresh()
    const t0 = Date.parse('2026-02-01T00:00:00Z')
    const at = (s: number) => new Date(t0 + s * 1000).toISOString()
    await store.createRun(newRun({ id: 'a', createdAt: at(0) }))
    await store.createRun(newRun({ id: 'b', createdAt: at(10) }))
    await store.createRun(newRun({ id: 'c', createdAt: at(20), scope: 'other' }))
    await store.createRun(newRun({ id: 'd', createdAt: at(30), op: 'backup' }))
    expect(await store.countRuns('deploy', 'acme/shop:staging', new Date(t0))).toBe(2)
    expect(await store.countRuns('deploy', 'acme/shop:staging', new Date(t0 + 5000))).toBe(1)
    expect(await store.countRuns('deploy', 'nowhere', new Date(0))).toBe(0)
    expect(await store.lastEndedAt('deploy', 'acme/shop:staging')).toBeUndefined()
    await store.transition('a', 'queued', 'running', { startedAt: at(1) })
    await store.transition('a', 'running', 'failed', { endedAt: at(50), error: 'boom' })
    await store.transition('b', 'queued', 'cancelled', { endedAt: at(40) })
    expect(await store.lastEndedAt('deploy', 'acme/shop:staging')).toEqual(new Date(t0 + 50_000))
    expect(await store.lastEndedAt('deploy', 'other')).toBeUndefined()
    await store.close()
  })

  it('keeps runs across close and reopen', async () => {
    const spec = backend.fresh()
    const first = openSpec(spec)
    await first.migrate()
    const run = newRun()
    await first.createRun(run)
    await first.close()
    await first.close()
    const second = openSpec(spec)
    await second.migrate()
    expect(await second.getRun(run.id)).toEqual(run)
    await second.close()
  })

  it('lists the evidence recorded at or under a folder, its name matched literally', async () => {
    const store = await fresh()
    const at = (path: string, digest: string, createdAt: string) =>
      store.createRun(newRun({ evidencePath: path, evidenceDigest: digest, createdAt }))
    await at('/ev/a_b/20260101-0000/manifest', 'd1', '2026-01-01T00:00:00.000Z')
    await at('/ev/a_b/20260101-0001/manifest', 'd2', '2026-01-01T00:01:00.000Z')
    await at('/ev/axb/20260101-0000/manifest', 'd3', '2026-01-01T00:00:00.000Z') // `_` is no wildcard
    await at('/ev/a_b-other/20260101-0000/manifest', 'd4', '2026-01-01T00:00:00.000Z')
    await store.createRun(newRun({}))
    expect((await store.listEvidence('/ev/a_b/')).map((r) => [r.path, r.digest])).toEqual([
      ['/ev/a_b/20260101-0000/manifest', 'd1'],
      ['/ev/a_b/20260101-0001/manifest', 'd2'],
    ])
    expect(await store.listEvidence('/ev/a_b/20260101-0001/manifest')).toEqual([
      expect.objectContaining({ digest: 'd2', createdAt: '2026-01-01T00:01:00.000Z' }),
    ])
    expect(await store.listEvidence('/ev/%')).toEqual([])
    await store.close()
  })
})
