import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from '../../../src/config/decode-utf8.ts'

const bytes = (...b: number[]) => new Uint8Array(b)

describe('decodeUtf8', () => {
  it('decodes UTF-8, a file’s own U+FFFD included, and drops a BOM', () => {
    expect(decodeUtf8(Buffer.from('café \uFFFD ok'))).toEqual({ ok: true, text: 'café \uFFFD ok' })
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' })
  })

  it('gives the offset of the first byte that is not UTF-8', () => {
    expect(decodeUtf8(bytes(0x41, 0xe9, 0x42))).toEqual({ ok: false, offset: 1 }) // Latin-1 é
    expect(decodeUtf8(bytes(0x41, 0xe2, 0x82))).toEqual({ ok: false, offset: 1 }) // cut-off sequence
    expect(decodeUtf8(bytes(0x41, 0xef, 0xbf, 0x41))).toEqual({ ok: false, offset: 1 }) // starts like U+FFFD
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80))).toEqual({ ok: false, offset: 0 }) // a surrogate
    expect(decodeUtf8(bytes(0xc0, 0xaf))).toEqual({ ok: false, offset: 0 }) // an overlong "/"
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff))).toEqual({ ok: false, offset: 4 })
  })
})
