import { describe, expect, it } from 'vitest'
import { isPlaceholder } from '../../../src/secrets/placeholder.ts'
import { shannonEntropy } from '../../../src/secrets/entropy.ts'

describe('isPlaceholder', () => {
  it.each([
    'xxxxxxxxxxxxxxxx',
    'ghp_XXXXXXXXXXXXXXXX',
    '${GITHUB_TOKEN}',
    '{{ secrets.token }}',
    '<your-token>',
    'your_api_key_here',
    '1234567890abcdef',
    'abcdefghijk',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'changeme',
    '000000000000',
    'redacted-value',
    '$(vault read x)',
    '%(db_password)s',
    '{password}',
    '***',
    '••••••',
  ])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true)
  })
  it.each(['q7Yw2LmZ9pK4xR1vT8nB', 'AKIA' + 'QWERT2YUIOPASDFG', 'hunter2-but-longer-Q9'])(
    '%s is not a placeholder',
    (v) => {
      expect(isPlaceholder(v)).toBe(false)
    },
  )
})

describe('shannonEntropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('')).toBe(0)
    expect(shannonEntropy('aaaa')).toBe(0)
    expect(shannonEntropy('abcd')).toBeCloseTo(2)
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4)
  })
})
