import { describe, expect, it } from 'vitest'
import { parseTimeout } from '../../../../src/odoo/ci/parse-timeout.ts'
import { databaseName } from '../../../../src/odoo/ci/database-name.ts'
import { testFileOf } from '../../../../src/odoo/ci/test-file-of.ts'

describe('parseTimeout', () => {
  it('reads seconds by default and s/m/h units', () => {
    expect(parseTimeout('45')).toBe(45_000)
    expect(parseTimeout('30m')).toBe(1_800_000)
    expect(parseTimeout('90s')).toBe(90_000)
    expect(parseTimeout('1.5h')).toBe(5_400_000)
  })
  it('rejects garbage and zero', () => {
    expect(() => parseTimeout('soon')).toThrow(/not a duration/)
    expect(() => parseTimeout('0')).toThrow(/not a duration/)
  })
})

describe('databaseName', () => {
  it('is a safe PostgreSQL identifier of at most 63 characters, different per call', () => {
    const a = databaseName('oda_ci_', '2026-11-21T10:00:00Z-ABC/def'.repeat(4))
    expect(a).toMatch(/^[a-z0-9_]+$/)
    expect(a.length).toBeLessThanOrEqual(63)
    expect(databaseName('p_', 'r', () => 0.1)).not.toBe(databaseName('p_', 'r', () => 0.9))
  })
})

describe('testFileOf', () => {
  it('turns a test module into its file under the addon folder', () => {
    expect(testFileOf('odoo.addons.ci_demo.tests.test_demo', new Map([['ci_demo', 'addons/ci_demo']]))).toBe(
      'addons/ci_demo/tests/test_demo.py',
    )
    expect(testFileOf('odoo.addons.x.tests.sub.test_y')).toBe('x/tests/sub/test_y.py')
    expect(testFileOf('unittest.suite')).toBeUndefined()
  })
})
