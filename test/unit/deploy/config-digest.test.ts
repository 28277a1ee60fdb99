import { describe, expect, it } from 'vitest'
import { configDigest } from '../../../src/deploy/config-digest.ts'

describe('configDigest', () => {
  it('ignores key order and changes with any value', () => {
    expect(configDigest({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(configDigest({ b: [1, { d: 3, c: 2 }], a: 1 }))
    expect(configDigest({ a: 1 })).not.toBe(configDigest({ a: 2 }))
    expect(configDigest({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})
