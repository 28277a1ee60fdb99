import { afterAll, describe, expect, it } from 'vitest'
import { backends, openSpec } from './backends.ts'
import type { Store } from '../../../../src/engine/store/store.ts'
import { StoreInputError } from '../../../../src/engine/store/store-input-error.ts'

const T0 = Date.parse('2026-06-01T00:00:00Z')
const at = (s: number) => new Date(T0 + s * 1000).toISOString()

describe.each(backends())('locks on $name', (backend) => {
  afterAll(() => backend.cleanup())

  async function fresh(clock: { t: number }): Promise<Store> {
    const store = openSpec(backend.fresh(), () => new Date(clock.t))
    await store.migrate()
    return store
  }

  it('takes a free lock and reports the holder to the next asker', async () => {
    const clock = { t: T0 }
    const store = await fresh(clock)
    expect(
      await store.acquireLock({ key: 'env:prod', owner: 'run-1', expiresAt: at(60), reason: 'deploy v1.2' }),
    ).toEqual({ acquired: true, lease: { key: 'env:prod', owner: 'run-1', expiresAt: at(60), reason: 'deploy v1.2' } })
    expect(await store.acquireLock({ key: 'env:prod', owner: 'run-2', expiresAt: at(60) })).toEqual({
      acquired: false,
      holder: { key: 'env:prod', owner: 'run-1', expiresAt: at(60), reason: 'deploy v1.2' },
    })
    expect(await store.getLock('env:prod')).toEqual({
      key: 'env:prod',
      owner: 'run-1',
      expiresAt: at(60),
      reason: 'deploy v1.2',
    })
    expect(await store.getLock('env:staging')).toBeUndefined()
    await store.close()
  })

  it('lets the holder re-acquire (extending its lease) but nobody else', async () => {
    const clock = { t: T0 }
    const store = await fresh(clock)
    await store.acquireLock({ key: 'k', owner: 'a', expiresAt: at(10) })
    expect(await store.acquireLock({ key: 'k', owner: 'a', expiresAt: at(20) })).toMatchObject({
      acquired: true,
      lease: { expiresAt: at(20) },
    })
    expect(await store.getLock('k')).toMatchObject({ owner: 'a', expiresAt: at(20) })
    await store.close()
  })

  it('treats an expired lease as free: get sees nothing, a new owner takes it, the old one cannot renew', async () => {
    const clock = { t: T0 }
    const store = await fresh(clock)
    await store.acquireLock({ key: 'k', owner: 'old', expiresAt: at(30) })
    clock.t = T0 + 30_000
    expect(await store.getLock('k')).toMatchObject({ owner: 'old' })
    expect((await store.acquireLock({ key: 'k', owner: 'new', expiresAt: at(90) })).acquired).toBe(false)
    clock.t = T0 + 31_000
    expect(await store.getLock('k')).toBeUndefined()
    expect(await store.renewLock('k', 'old', at(120))).toBe(false)
    expect(await store.acquireLock({ key: 'k', owner: 'new', expiresAt: at(90) })).toMatchObject({ acquired: true })
    expect(await store.renewLock('k', 'old', at(120))).toBe(false)
    expect(await store.getLock('k')).toMatchObject({ owner: 'new', expiresAt: at(90) })
    await store.close()
  })

  it('renews only for the owner of a live lease, and releases only for the owner', async () => {
    const clock = { t: T0 }
    const store = await fresh(clock)
    await store.acquireLock({ key: 'k', owner: 'a', expiresAt: at(30) })
    expect(await store.renewLock('k', 'a', at(300))).toBe(true)
    expect(await store.renewLock('k', 'b', at(900))).toBe(false)
    expect(await store.renewLock('missing', 'a', at(900))).toBe(false)
    clock.t = T0 + 200_000
    expect(await store.getLock('k')).toMatchObject({ owner: 'a', expiresAt: at(300) })
    await store.releaseLock('k', 'b')
    expect(await store.getLock('k')).toMatchObject({ owner: 'a' })
    await store.releaseLock('k', 'a')
    expect(await store.getLock('k')).toBeUndefined()
    expect((await store.acquireLock({ key: 'k', owner: 'b', expiresAt: at(400) })).acquired).toBe(true)
    await store.close()
  })

  it('rejects a lease without owner or with a past or unparseable expiry', async () => {
    const clock = { t: T0 }
    const store = await fresh(clock)
    await expect(store.acquireLock({ key: 'k', owner: '', expiresAt: at(10) })).rejects.toThrow(
      /lease.owner: must be a non-empty string/,
    )
    await expect(store.acquireLock({ key: 'k', owner: 'a', expiresAt: at(0) })).rejects.toThrow(
      /lease.expiresAt: .* is not in the future/,
    )
    await expect(store.acquireLock({ key: 'k', owner: 'a', expiresAt: 'soon' })).rejects.toBeInstanceOf(StoreInputError)
    await expect(store.renewLock('k', 'a', 'later')).rejects.toThrow(/expiresAt: "later" is not an ISO 8601 time/)
    expect(await store.getLock('k')).toBeUndefined()
    await store.close()
  })

  it('gives a contended lock to exactly one of 40 concurrent acquirers on separate connections', async () => {
    const spec = backend.fresh()
    const stores = Array.from({ length: 4 }, () => openSpec(spec))
    await Promise.all(stores.map((s) => s.migrate()))
    for (let round = 0; round < 5; round++) {
      const key = `env:${round}`
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          stores[i % stores.length]!.acquireLock({
            key,
            owner: `o${i}`,
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          }),
        ),
      )
      const winners = results.filter((r) => r.acquired)
      expect(winners).toHaveLength(1)
      const owner = winners[0]!.acquired ? winners[0]!.lease.owner : ''
      for (const r of results) if (!r.acquired) expect(r.holder.owner).toBe(owner)
      expect((await stores[0]!.getLock(key))?.owner).toBe(owner)
    }
    await Promise.all(stores.map((s) => s.close()))
  })
})
