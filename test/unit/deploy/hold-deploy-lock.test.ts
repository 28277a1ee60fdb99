import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeployError } from '../../../src/deploy/deploy-error.ts'
import { holdDeployLock } from '../../../src/deploy/hold-deploy-lock.ts'
import { createFileDeployLock } from '../../../src/deploy/local/file-deploy-lock.ts'
import type { DeployLock, LockInfo } from '../../../src/deploy/ports.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import { Redactor } from '../../../src/log/redactor.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oda-hold-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const log = createLogger({ redactor: new Redactor(), level: 'silent' })
const now = () => new Date()
const info = (runId: string, ttlMs: number): LockInfo => ({
  environment: 'prod',
  owner: runId,
  runId,
  runUrl: `oda-run:${runId}`,
  reason: 'deploy',
  createdAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + ttlMs).toISOString(),
})
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('holdDeployLock', () => {
  it('renews the lease for as long as it is held, well past one TTL', async () => {
    const lock = createFileDeployLock({ dir, now })
    const first = info('a', 1500)
    await lock.acquire(first)
    const held = holdDeployLock({ lock, info: first, ttlMs: 1500, now, log })
    await sleep(4000)
    await held.verify('the next step')
    expect(held.signal.aborted).toBe(false)
    expect(Date.parse((await lock.read('prod'))!.expiresAt)).toBeGreaterThan(Date.now())
    // Another run cannot take it meanwhile.
    expect((await lock.acquire(info('b', 60_000))).acquired).toBe(false)
    held.stop()
  })

  it('aborts and refuses every later step once another run holds the lock', async () => {
    const lock = createFileDeployLock({ dir, now })
    const first = info('a', 1500)
    await lock.acquire(first)
    const held = holdDeployLock({ lock, info: first, ttlMs: 1500, now, log })
    await lock.release('prod', 'a')
    await lock.acquire(info('b', 60_000))
    await expect(held.verify('step migrate')).rejects.toThrow(/lost the lock on environment prod before step migrate/)
    expect(held.signal.aborted).toBe(true)
    expect(held.signal.reason).toBeInstanceOf(DeployError)
    expect((held.signal.reason as DeployError).code).toBe('lock_lost')
    expect((held.signal.reason as DeployError).message).toContain('locked by oda-run:b')
    held.stop()
  })

  it('counts the lock as lost when renewals keep failing until the lease ends', async () => {
    const files = createFileDeployLock({ dir, now })
    const broken: DeployLock = { ...files, renew: async () => Promise.reject(new Error('GitHub is down')) }
    const first = info('a', 1200)
    await files.acquire(first)
    const held = holdDeployLock({ lock: broken, info: first, ttlMs: 1200, now, log })
    await sleep(700)
    expect(held.signal.aborted).toBe(false) // one failed renewal is not a lost lock
    for (let i = 0; i < 40 && !held.signal.aborted; i++) await sleep(100)
    expect(held.signal.aborted).toBe(true)
    expect(String((held.signal.reason as Error).message)).toContain('its lease ran out while renewals failed')
    held.stop()
  })
})
