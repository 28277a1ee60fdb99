import { afterAll, describe, expect, it } from 'vitest'
import { backends, openSpec } from './backends.ts'
import type { ApiKeyRecord } from '../../../../src/engine/store/api-key-record.ts'

describe.each(backends())('API keys on $name', (backend) => {
  afterAll(() => backend.cleanup())

  const key = (over: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({
    id: '0123456789abcdef',
    name: 'ci',
    salt: 'aa'.repeat(16),
    hash: 'bb'.repeat(32),
    scopes: ['manifest', 'deploy:prod'],
    role: 'write',
    createdBy: 'alice',
    createdAt: '2026-06-01T00:00:00.000Z',
    ...over,
  })

  it('keeps a key, lists it, records its last use and revokes it once', async () => {
    const store = openSpec(backend.fresh())
    await store.migrate()
    await store.createApiKey(key({ repo: 'shop', expiresAt: '2026-07-01T00:00:00.000Z' }))
    await store.createApiKey(key({ id: 'fedcba9876543210', name: 'old', createdAt: '2026-05-01T00:00:00.000Z' }))
    expect(await store.getApiKey('0123456789abcdef')).toEqual(
      key({ repo: 'shop', expiresAt: '2026-07-01T00:00:00.000Z' }),
    )
    expect((await store.listApiKeys()).map((k) => k.name)).toEqual(['ci', 'old'])
    await expect(store.createApiKey(key())).rejects.toThrow(/exists already/)
    await store.touchApiKey('0123456789abcdef', '2026-06-02T00:00:00.000Z')
    expect((await store.getApiKey('0123456789abcdef'))?.lastUsedAt).toBe('2026-06-02T00:00:00.000Z')
    expect(await store.revokeApiKey('0123456789abcdef', '2026-06-03T00:00:00.000Z')).toBe(true)
    expect(await store.revokeApiKey('0123456789abcdef', '2026-06-04T00:00:00.000Z')).toBe(false)
    expect(await store.revokeApiKey('nope', '2026-06-04T00:00:00.000Z')).toBe(false)
    expect((await store.getApiKey('0123456789abcdef'))?.revokedAt).toBe('2026-06-03T00:00:00.000Z')
    expect(await store.getApiKey('nope')).toBeUndefined()
    await store.close()
  })
})
