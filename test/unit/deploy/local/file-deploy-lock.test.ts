import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFileDeployLock } from '../../../../src/deploy/local/file-deploy-lock.ts'
import type { LockInfo } from '../../../../src/deploy/ports.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oda-locks-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const info = (runId: string, expiresAt = '2999-01-01T00:00:00Z'): LockInfo => ({
  environment: 'prod',
  owner: runId,
  runId,
  runUrl: `oda-run:${runId}`,
  reason: 'deploy',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt,
})

describe('file deploy lock', () => {
  it('gives the lock to exactly one of many simultaneous runs', async () => {
    const lock = createFileDeployLock({ dir, now: () => new Date() })
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => lock.acquire(info(`r${i}`))))
    expect(attempts.filter((a) => a.acquired)).toHaveLength(1)
  })

  it('lets exactly one of many runs replace an expired lease, and cleans up its marker', async () => {
    const lock = createFileDeployLock({ dir, now: () => new Date() })
    await lock.acquire(info('crashed', '2020-01-01T00:00:00Z'))
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => lock.acquire(info(`r${i}`))))
    const winners = attempts.filter((a) => a.acquired)
    expect(winners).toHaveLength(1)
    expect(winners[0]).toMatchObject({ replacedExpired: { runId: 'crashed' } })
    expect((await lock.read('prod'))?.runId).toBe(winners[0]!.acquired ? winners[0]!.info.runId : '')
    for (const a of attempts) if (!a.acquired) expect(a.holder.runId).not.toBe('crashed')
    expect(existsSync(join(dir, 'prod.takeover'))).toBe(false)
  })

  it('never takes a lock file that is being written, but replaces one torn by a crash long ago', async () => {
    const lock = createFileDeployLock({ dir, now: () => new Date() })
    writeFileSync(join(dir, 'prod.json'), '')
    expect(await lock.acquire(info('a'))).toMatchObject({ acquired: false, holder: { owner: 'unknown' } })
    const old = new Date(Date.now() - 5 * 60_000)
    utimesSync(join(dir, 'prod.json'), old, old)
    expect((await lock.acquire(info('a'))).acquired).toBe(true)
  })

  it('releases only for the run that holds it', async () => {
    const lock = createFileDeployLock({ dir, now: () => new Date() })
    await lock.acquire(info('a'))
    await lock.release('prod', 'b')
    expect((await lock.read('prod'))?.runId).toBe('a')
    await lock.release('prod', 'a')
    expect(await lock.read('prod')).toBeUndefined()
  })

  it('renews only a live lock its run still holds', async () => {
    let now = new Date('2026-01-01T00:00:00Z')
    const lock = createFileDeployLock({ dir, now: () => now })
    await lock.acquire(info('a', '2026-01-01T00:01:00Z'))
    expect(await lock.renew(info('a', '2026-01-01T00:02:00Z'))).toBe(true)
    expect((await lock.read('prod'))?.expiresAt).toBe('2026-01-01T00:02:00Z')
    expect(await lock.renew(info('b', '2026-01-01T00:03:00Z'))).toBe(false)
    now = new Date('2026-01-01T00:02:01Z')
    // Expired: not renewed even though nobody took it yet.
    expect(await lock.renew(info('a', '2026-01-01T00:05:00Z'))).toBe(false)
    await lock.release('prod', 'a')
    expect(await lock.renew(info('a', '2026-01-01T00:05:00Z'))).toBe(false)
  })
})
