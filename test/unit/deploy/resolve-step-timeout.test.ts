import { describe, expect, it } from 'vitest'
import { resolveStepTimeout } from '../../../src/deploy/resolve-step-timeout.ts'

describe('resolveStepTimeout', () => {
  it('prefers the step, then TIMEOUT, then 600', () => {
    expect(resolveStepTimeout(30, '10')).toBe(30)
    expect(resolveStepTimeout(0, '45')).toBe(45)
    expect(resolveStepTimeout(0, undefined)).toBe(600)
  })
  it('reads s, m and h suffixes and ignores junk', () => {
    expect(resolveStepTimeout(0, '10m')).toBe(600)
    expect(resolveStepTimeout(0, '2h')).toBe(7200)
    expect(resolveStepTimeout(0, '1.5s')).toBe(1.5)
    expect(resolveStepTimeout(0, 'soon')).toBe(600)
    expect(resolveStepTimeout(0, '0')).toBe(600)
  })
})
