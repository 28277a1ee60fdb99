import { afterAll, describe, expect, it } from 'vitest'
import { backends, newRun, openSpec } from './backends.ts'
import type { Store } from '../../../../src/engine/store/store.ts'
import type { RunState } from '../../../../src/engine/run-record.ts'
import { IllegalTransitionError } from '../../../../src/engine/run-state.ts'
import { RunNotFoundError } from '../../../../src/engine/store/run-not-found-error.ts'

describe.each(backends())('transitions on $name', (backend) => {
  afterAll(() => backend.cleanup())

  async function fresh(now?: () => Date): Promise<Store> {
    const store = openSpec(backend.fresh(), now)
    await store.migrate()
    return store
  }

  it('walks queued -> running -> succeeded, stamping start and end times it was not given', async () => {
    let clock = Date.parse('2026-05-01T10:00:00Z')
    const store = await fresh(() => new Date(clock))
    const run = newRun()
    await store.createRun(run)
    await store.transition(run.id, 'queued', 'running')
    clock += 1500
    await store.transition(run.id, 'running', 'succeeded', {
      conclusion: 'success',
      title: 'Deployed',
      report: { conclusion: 'success', title: 'Deployed', summary: '', findings: [], artifacts: [] },
    })
    expect(await store.getRun(run.id)).toMatchObject({
      state: 'succeeded',
      conclusion: 'success',
      title: 'Deployed',
      startedAt: '2026-05-01T10:00:00.000Z',
      endedAt: '2026-05-01T10:00:01.500Z',
      report: { title: 'Deployed' },
    })
    await store.close()
  })

  it('keeps start and end times the engine set itself', async () => {
    const store = await fresh()
    const run = newRun()
    await store.createRun(run)
    await store.transition(run.id, 'queued', 'running', { startedAt: '2026-01-01T00:00:00.000Z' })
    await store.transition(run.id, 'running', 'timed_out', { endedAt: '2026-01-01T00:10:00.000Z' })
    expect(await store.getRun(run.id)).toMatchObject({
      state: 'timed_out',
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T00:10:00.000Z',
    })
    await store.close()
  })

  const illegal: Array<[RunState, RunState]> = [
    ['queued', 'succeeded'],
    ['queued', 'queued'],
    ['running', 'queued'],
    ['succeeded', 'failed'],
    ['cancelled', 'running'],
    ['timed_out', 'succeeded'],
  ]
  it.each(illegal)('rejects the edge %s -> %s before touching the store', async (from, to) => {
    const store = await fresh()
    const run = newRun()
    await store.createRun(run)
    const error = await store.transition(run.id, from, to).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IllegalTransitionError)
    expect(error).toMatchObject({ runId: run.id, from, to })
    expect((await store.getRun(run.id))?.state).toBe('queued')
    await store.close()
  })

  it('refuses a legal edge when the run is not in the expected state, and leaves it untouched', async () => {
    const store = await fresh()
    const run = newRun()
    await store.createRun(run)
    await store.transition(run.id, 'queued', 'running')
    await expect(store.transition(run.id, 'queued', 'cancelled', { error: 'late' })).rejects.toThrow(
      /the run is running, not queued/,
    )
    const got = await store.getRun(run.id)
    expect(got?.state).toBe('running')
    expect(got).not.toHaveProperty('error')
    await expect(store.transition('ghost', 'queued', 'running')).rejects.toBeInstanceOf(RunNotFoundError)
    await store.close()
  })

  it('creates and drives 200 runs in parallel without losing one', async () => {
    const store = await fresh()
    const runs = Array.from({ length: 200 }, (_, i) => newRun({ id: `par-${i}`, op: i % 3 ? 'deploy' : 'backup' }))
    await Promise.all(runs.map((r) => store.createRun(r)))
    await Promise.all(
      runs.map(async (r, i) => {
        await store.transition(r.id, 'queued', 'running')
        await store.updateRun(r.id, { trace: [{ name: `step-${i}`, startedAt: r.createdAt, status: 'succeeded' }] })
        await store.transition(r.id, 'running', i % 2 ? 'succeeded' : 'failed', {
          conclusion: i % 2 ? 'success' : 'failure',
        })
      }),
    )
    const all = await store.listRuns({ limit: 1000 })
    expect(all).toHaveLength(200)
    expect(new Set(all.map((r) => r.id)).size).toBe(200)
    expect(all.filter((r) => r.state === 'succeeded')).toHaveLength(100)
    expect(all.filter((r) => r.state === 'failed')).toHaveLength(100)
    for (const r of all) expect(r.trace[0]?.name).toBe(`step-${r.id.slice(4)}`)
    await store.close()
  })

  it('lets exactly one of many racing writers win each compare-and-set', async () => {
    const spec = backend.fresh()
    // Several store instances (several connections) on one database race like separate replicas.
    const stores = [openSpec(spec), openSpec(spec), openSpec(spec), openSpec(spec)]
    await Promise.all(stores.map((s) => s.migrate()))
    const ids = Array.from({ length: 50 }, (_, i) => `race-${i}`)
    for (const id of ids) await stores[0]!.createRun(newRun({ id }))
    const attempts = ids.flatMap((id) =>
      stores.flatMap((s, w) =>
        [0, 1].map(async (k) => {
          const to: RunState = k === 0 ? 'running' : 'cancelled'
          try {
            await s.transition(id, 'queued', to, { title: `w${w}-${to}` })
            return { id, won: true }
          } catch (error) {
            if (!(error instanceof IllegalTransitionError)) throw error
            return { id, won: false }
          }
        }),
      ),
    )
    const results = await Promise.all(attempts)
    for (const id of ids) expect(results.filter((r) => r.id === id && r.won)).toHaveLength(1)
    for (const id of ids) {
      const run = await stores[0]!.getRun(id)
      expect(run?.title).toBe(`${run?.title?.split('-')[0]}-${run?.state}`)
    }
    await Promise.all(stores.map((s) => s.close()))
  })
})
