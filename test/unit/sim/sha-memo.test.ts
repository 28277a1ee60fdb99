import { describe, expect, it } from 'vitest'
import { ShaMemo } from '../../../src/sim/sha-memo.ts'

const sha = 'a'.repeat(40)

describe('ShaMemo', () => {
  it('runs once per full-SHA key and every time for a ref name', async () => {
    const memo = new ShaMemo<string>(10)
    let calls = 0
    const fn = async () => `v${++calls}`
    expect(await memo.get([sha], sha, fn)).toBe('v1')
    expect(await memo.get([sha], sha, fn)).toBe('v1')
    expect(await memo.get(['main'], 'main', fn)).toBe('v2')
    expect(await memo.get(['main'], 'main', fn)).toBe('v3')
  })

  it('does not keep "not found" answers or failures, since the object may appear later', async () => {
    const memo = new ShaMemo<string | undefined>(10)
    let exists = false
    const fn = async () => (exists ? 'found' : undefined)
    expect(await memo.get([sha], sha, fn)).toBeUndefined()
    exists = true
    expect(await memo.get([sha], sha, fn)).toBe('found')
    const failing = new ShaMemo<string>(10)
    await expect(failing.get([sha], sha, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await failing.get([sha], sha, async () => 'ok')).toBe('ok')
  })

  it('forgets the oldest entry beyond its bound', async () => {
    const memo = new ShaMemo<number>(2)
    let calls = 0
    const fn = async () => ++calls
    for (const c of ['a', 'b', 'c']) await memo.get([c.repeat(40)], c, fn)
    expect(await memo.get(['c'.repeat(40)], 'c', fn)).toBe(3)
    expect(await memo.get(['a'.repeat(40)], 'a', fn)).toBe(4)
  })
})
