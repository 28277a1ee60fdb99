import { describe, expect, it } from 'vitest'
import { isRefAllowed, matchRefGlob } from '../../../src/deploy/match-ref-glob.ts'

describe('matchRefGlob', () => {
  it('keeps * inside one path segment and lets ** cross segments', () => {
    expect(matchRefGlob('refs/tags/v*', 'refs/tags/v1.2')).toBe(true)
    expect(matchRefGlob('refs/tags/v*', 'refs/tags/v1/evil')).toBe(false)
    expect(matchRefGlob('refs/heads/**', 'refs/heads/release/17.0')).toBe(true)
    expect(matchRefGlob('refs/heads/main', 'refs/heads/main2')).toBe(false)
    expect(matchRefGlob('refs/heads/rel?ase', 'refs/heads/release')).toBe(true)
  })
  it('treats regex characters in patterns literally', () => {
    expect(matchRefGlob('refs/tags/v1.0', 'refs/tags/v1x0')).toBe(false)
    expect(matchRefGlob('refs/tags/(a)', 'refs/tags/(a)')).toBe(true)
  })
})

describe('isRefAllowed', () => {
  it('allows anything when no globs are configured and only matches otherwise', () => {
    expect(isRefAllowed([], 'refs/heads/x')).toBe(true)
    expect(isRefAllowed(['refs/heads/main', 'refs/tags/v*'], 'refs/tags/v2')).toBe(true)
    expect(isRefAllowed(['refs/heads/main', 'refs/tags/v*'], 'refs/heads/feature')).toBe(false)
    expect(isRefAllowed(['refs/heads/main'], '0123456789abcdef0123456789abcdef01234567')).toBe(false)
  })
})
