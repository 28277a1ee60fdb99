import { describe, expect, it } from 'vitest'
import { findInvalidUtf8 } from '../../../src/speckit/find-invalid-utf8.ts'

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)

describe('findInvalidUtf8', () => {
  it('accepts ASCII, multi-byte characters and emoji', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('Liège ✅ 🔄 done'))).toBe(-1)
  })
  it('points at a Latin-1 byte', () => {
    expect(findInvalidUtf8(bytes(0x61, 0x62, 0xe8, 0x67))).toBe(2)
  })
  it('rejects overlong encodings and surrogates', () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0)
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0)
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0)
  })
  it('rejects code points above U+10FFFF and stray continuation bytes', () => {
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0)
    expect(findInvalidUtf8(bytes(0x41, 0x80))).toBe(1)
  })
  it('rejects a sequence cut off by the end of the file', () => {
    expect(findInvalidUtf8(bytes(0x41, 0xe2, 0x9c))).toBe(1)
  })
})
