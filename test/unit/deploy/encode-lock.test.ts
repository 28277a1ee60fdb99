import { describe, expect, it } from 'vitest'
import { decodeLock, describeHolder, encodeLock, isLockExpired } from '../../../src/deploy/encode-lock.ts'
import type { LockInfo } from '../../../src/deploy/ports.ts'

const info: LockInfo = {
  environment: 'prod',
  owner: 'alice',
  runId: 'r1',
  runUrl: 'https://github.com/o/r/actions/runs/1',
  reason: 'deploy v2',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: '2026-01-01T01:00:00Z',
}

describe('lock encoding', () => {
  it('round-trips through a tag message', () => {
    expect(decodeLock(encodeLock(info))).toEqual(info)
  })
  it('refuses messages oda did not write or that lack fields', () => {
    expect(decodeLock('release v1')).toBeUndefined()
    expect(decodeLock('oda-lock v1\n\n{"owner":"x"}')).toBeUndefined()
    expect(decodeLock('oda-lock v1\n\nnot json')).toBeUndefined()
  })
  it('knows when a lease ran out, and treats an unreadable expiry as expired', () => {
    expect(isLockExpired(info, new Date('2026-01-01T00:59:59Z'))).toBe(false)
    expect(isLockExpired(info, new Date('2026-01-01T01:00:00Z'))).toBe(true)
    expect(isLockExpired({ ...info, expiresAt: 'soon' }, new Date())).toBe(true)
  })
  it('says who holds the lock', () => {
    expect(describeHolder(info)).toBe(
      'environment prod is locked by https://github.com/o/r/actions/runs/1 (alice, "deploy v2", until 2026-01-01T01:00:00Z)',
    )
  })
})
