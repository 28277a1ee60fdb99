import { existsSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withTopicLock } from '../../../../src/engine/evidence/topic-lock.ts'
import { tempRoot } from './temp-root.ts'

describe('withTopicLock', () => {
  it('holds the lock file while the work runs and removes it afterwards, also on failure', async () => {
    const root = tempRoot()
    const lock = join(root, '.lock-manifest')
    expect(await withTopicLock(root, 'manifest', async () => existsSync(lock))).toBe(true)
    expect(existsSync(lock)).toBe(false)
    await expect(
      withTopicLock(root, 'manifest', async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(existsSync(lock)).toBe(false)
  })

  it('takes over a lock left by a process that no longer exists', async () => {
    const root = tempRoot()
    // Linux pids stay below 2^22, so this one cannot be alive.
    writeFileSync(join(root, '.lock-manifest'), '4194305\n2026-01-01T00:00:00.000Z\n')
    expect(await withTopicLock(root, 'manifest', async () => 'ran')).toBe('ran')
  })

  it('takes over a lock older than a minute even if its process is alive', async () => {
    const root = tempRoot()
    const lock = join(root, '.lock-manifest')
    writeFileSync(lock, `${process.pid}\n`)
    const old = new Date(Date.now() - 120_000)
    utimesSync(lock, old, old)
    expect(await withTopicLock(root, 'manifest', async () => 'ran')).toBe('ran')
  })

  it('serialises two holders of one topic', async () => {
    const root = tempRoot()
    const order: string[] = []
    const hold = (name: string) =>
      withTopicLock(root, 'manifest', async () => {
        order.push(`${name}+`)
        await new Promise((r) => setTimeout(r, 30))
        order.push(`${name}-`)
      })
    await Promise.all([hold('a'), hold('b')])
    expect([order.join(' ')]).toContainEqual(expect.stringMatching(/^(a\+ a- b\+ b-|b\+ b- a\+ a-)$/))
  })
})
