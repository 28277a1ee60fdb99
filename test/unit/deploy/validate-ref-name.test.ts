import { describe, expect, it } from 'vitest'
import { isFullSha, validateRefName } from '../../../src/deploy/validate-ref-name.ts'
import { DeployError } from '../../../src/deploy/deploy-error.ts'

describe('validateRefName', () => {
  it.each(['main', 'release/17.0', 'v1.2.3', 'refs/tags/v1', 'feature_x-y', 'a'.repeat(40)])('accepts %s', (ref) => {
    expect(validateRefName(ref)).toBe(ref)
  })
  it.each([
    ['main; rm -rf /', 'only letters'],
    ['$(id)', 'only letters'],
    ['-x', 'only letters'],
    ['--upload-pack=evil', 'only letters'],
    ['a..b', '".."'],
    ['../etc/passwd', 'only letters'],
    ['refs//heads', '"//"'],
    ['main.lock', '.lock'],
    ['main/', 'ends with'],
    ['', 'empty'],
    ['a\nb', 'only letters'],
    ['x'.repeat(256), 'longer than 255'],
  ])('refuses %j with a reason', (ref, reason) => {
    expect(() => validateRefName(ref)).toThrow(DeployError)
    expect(() => validateRefName(ref)).toThrow(reason)
  })
  it('tells full SHAs from abbreviations and names', () => {
    expect(isFullSha('0123456789abcdef0123456789abcdef01234567')).toBe(true)
    expect(isFullSha('0123456')).toBe(false)
    expect(isFullSha('0123456789ABCDEF0123456789ABCDEF01234567')).toBe(false)
  })
})
