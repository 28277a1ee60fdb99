import { describe, expect, it } from 'vitest'
import { findInvalidUtf8 } from '../../../../src/odoo/manifest/find-invalid-utf8.ts'
import { formatPythonFloat } from '../../../../src/odoo/manifest/format-python-float.ts'
import { parsePythonLiteral } from '../../../../src/odoo/manifest/parse-python-literal.ts'
import { toJsonValue } from '../../../../src/odoo/manifest/to-json-value.ts'

describe('findInvalidUtf8', () => {
  it('accepts valid UTF-8 and finds the first bad byte (overlong, surrogate, truncated)', () => {
    expect(findInvalidUtf8(Buffer.from('café 日本 😀'))).toBe(-1)
    expect(findInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1)
    expect(findInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0)
    expect(findInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe6, 0x97]))).toBe(2)
    expect(findInvalidUtf8(Uint8Array.from([0xf5, 0x80, 0x80, 0x80]))).toBe(0)
  })
})

describe('formatPythonFloat', () => {
  it('writes floats as repr(float) does', () => {
    expect(
      [1, 0.5, 1e16, 1e15, 0.0001, 0.00001, -0, 1.5e-7, 123456789.125, Infinity, NaN].map(formatPythonFloat),
    ).toEqual([
      '1.0',
      '0.5',
      '1e+16',
      '1000000000000000.0',
      '0.0001',
      '1e-05',
      '-0.0',
      '1.5e-07',
      '123456789.125',
      'inf',
      'nan',
    ])
  })
})

describe('toJsonValue', () => {
  it('flattens tuples and sets to arrays and spells non-string keys as json.dumps does', () => {
    const v = parsePythonLiteral('{1: (1, 2), 2.5: {3}, False: None, None: b"\\xff", "c": 1+2j, "e": ...}')
    expect(toJsonValue(v)).toEqual({
      '1': [1, 2],
      '2.5': [3],
      false: null,
      null: 'ÿ',
      c: { real: 1, imag: 2 },
      e: '...',
    })
  })
})
