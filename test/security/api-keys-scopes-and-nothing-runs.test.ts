import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/engine/store/open-store.ts'
import type { Store } from '../../src/engine/store/store.ts'
import { findOp } from '../../src/ops/registry.ts'
import { AccessError } from '../../src/serve/access-error.ts'
import { createApiKey, verifyApiKey } from '../../src/serve/api-keys.ts'
import { RemoteRuns } from '../../src/serve/remote-runs.ts'
import { parseServedRepos } from '../../src/serve/served-repos.ts'

// Keys are checked before anything runs: every refusal leaves the store without a run, and the
// key itself is found nowhere after creation (store rows, run records, evidence).
const root = mkdtempSync(join(tmpdir(), 'oda-keys-'))
const repoDir = join(root, 'shop')
const dataDir = join(root, 'data')
let store: Store
let runs: RemoteRuns

beforeAll(async () => {
  mkdirSync(join(repoDir, '.github'), { recursive: true })
  writeFileSync(
    join(repoDir, '.github', 'oda.yml'),
    'version: 1\nenvironments:\n  prod:\n    production: true\n  staging: {}\n',
  )
  store = await openStore({ dataDir })
  runs = new RemoteRuns({ repos: parseServedRepos([`shop=${repoDir}`], root), store, dataDir, env: {} })
})

afterAll(async () => {
  await runs.drain()
  await store.close()
  rmSync(root, { recursive: true, force: true })
})

const verify = findOp('manifest.verify')!
const deploy = findOp('deploy')!

async function refusal(p: Promise<unknown>): Promise<AccessError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AccessError)
  return error as AccessError
}

describe('API keys', () => {
  it('prints a key with the oda_ prefix and 256 bits once, and stores only a salted hash', async () => {
    const { key, record } = await createApiKey({
      store,
      name: 'ci',
      scopes: ['manifest'],
      role: 'read',
      createdBy: 't',
    })
    expect(key).toMatch(/^oda_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/)
    const stored = await store.getApiKey(record.id)
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(await store.listApiKeys())).not.toContain(key.slice(21))
    expect(readFileSync(join(dataDir, 'oda.sqlite')).includes(Buffer.from(key.slice(21)))).toBe(false)
  })

  it('refuses a wrong, unknown, malformed, revoked and expired key with 401', async () => {
    const { key, record } = await createApiKey({ store, name: 'k1', scopes: ['*'], role: 'read', createdBy: 't' })
    const wrong = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect((await refusal(verifyApiKey(store, wrong))).message).toBe('invalid API key')
    expect((await refusal(verifyApiKey(store, 'oda_0000000000000000_' + 'A'.repeat(43)))).status).toBe(401)
    expect((await refusal(verifyApiKey(store, 'Bearer nonsense'))).status).toBe(401)
    expect((await verifyApiKey(store, key)).actor).toBe('key:k1')
    expect((await store.getApiKey(record.id))?.lastUsedAt).toBeDefined()
    expect(await store.revokeApiKey(record.id, new Date().toISOString())).toBe(true)
    expect((await refusal(verifyApiKey(store, key))).message).toMatch(/revoked/)
    const old = await createApiKey({
      store,
      name: 'old',
      scopes: ['*'],
      role: 'read',
      createdBy: 't',
      expiresAt: new Date(Date.now() + 60_000),
    })
    expect((await refusal(verifyApiKey(store, old.key, new Date(Date.now() + 120_000)))).message).toMatch(/expired/)
  })
})

describe('scopes', () => {
  it('refuses an op outside the key scopes with 403 and records no run', async () => {
    const { key } = await createApiKey({ store, name: 'sec', scopes: ['secrets.scan'], role: 'write', createdBy: 't' })
    const principal = await verifyApiKey(store, key)
    const before = (await store.listRuns({ limit: 1000 })).length
    const e = await refusal(runs.start({ op: verify, repo: 'shop', input: {}, principal, face: 'api' }))
    expect(e.status).toBe(403)
    expect(e.message).toMatch(/needs the scope manifest.verify/)
    expect((await store.listRuns({ limit: 1000 })).length).toBe(before)
  })

  it('refuses a key limited to another repository', async () => {
    const { key } = await createApiKey({
      store,
      name: 'other',
      scopes: ['*'],
      role: 'write',
      repo: 'crm',
      createdBy: 't',
    })
    const e = await refusal(
      runs.start({ op: verify, repo: 'shop', input: {}, principal: await verifyApiKey(store, key), face: 'api' }),
    )
    expect(e.message).toMatch(/limited to repository crm/)
  })

  it('never lets * or a family scope change production; deploy:prod does, staging needs no such scope', async () => {
    const all = await verifyApiKey(
      store,
      (await createApiKey({ store, name: 'all', scopes: ['*'], role: 'admin', createdBy: 't' })).key,
    )
    const e = await refusal(
      runs.start({
        op: deploy,
        repo: 'shop',
        input: { environment: 'prod', 'dry-run': true },
        principal: all,
        face: 'api',
      }),
    )
    expect(e.message).toMatch(/needs the scope deploy:prod/)
    const staging = await runs.start({
      op: deploy,
      repo: 'shop',
      input: { environment: 'staging', 'dry-run': true },
      principal: all,
      face: 'api',
    })
    expect((await staging.done).pdrs).toContainEqual(expect.objectContaining({ rule: 'api-scope', verdict: 'allow' }))
    const { key } = await createApiKey({ store, name: 'prod', scopes: ['deploy:prod'], role: 'write', createdBy: 't' })
    const started = await runs.start({
      op: deploy,
      repo: 'shop',
      input: { environment: 'prod', 'dry-run': true },
      principal: await verifyApiKey(store, key),
      face: 'api',
    })
    const record = await started.done
    expect(record.pdrs[0]).toMatchObject({ rule: 'permission', verdict: 'allow' })
    expect(record.pdrs).toContainEqual(
      expect.objectContaining({ rule: 'api-scope', reason: 'key:prod has scope deploy:prod' }),
    )
    expect(JSON.stringify(record)).not.toContain(key)
    expect(JSON.stringify(record)).not.toContain(key.slice(21))
  })

  it('runs with the key role: a read key cannot run an op that needs write (policy PDR denies)', async () => {
    const reader = await verifyApiKey(
      store,
      (await createApiKey({ store, name: 'reader', scopes: ['deploy'], role: 'read', createdBy: 't' })).key,
    )
    const started = await runs.start({
      op: deploy,
      repo: 'shop',
      input: { environment: 'staging', 'dry-run': true },
      principal: reader,
      face: 'api',
    })
    const record = await started.done
    expect(record.conclusion).toBe('action_required')
    expect(record.pdrs).toContainEqual(expect.objectContaining({ rule: 'permission', verdict: 'deny' }))
  })
})
