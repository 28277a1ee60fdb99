/** Decoded text, or the offset of the first byte that is not UTF-8. */
export type Utf8Decode = { ok: true; text: string } | { ok: false; offset: number }

const strict = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

/**
 * Decodes UTF-8 (a leading BOM is dropped) and, when the bytes are not UTF-8, says where: a
 * lenient decode re-encoded matches the input up to the first invalid sequence, which it
 * replaced with U+FFFD. A file's own U+FFFD re-encodes to the same bytes, so it is no match.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Decode {
  try {
    return { ok: true, text: strict.decode(bytes) }
  } catch {
    const again = Buffer.from(lenient.decode(bytes), 'utf8')
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const input = hasBom ? bytes.subarray(3) : bytes
    let i = 0
    while (i < input.length && input[i] === again[i]) i++
    // The mismatch can fall inside the U+FFFD (EF BF BD) when the bad bytes began like it:
    // back to that character's first byte.
    while (i > 0 && ((again[i] ?? 0) & 0xc0) === 0x80) i--
    return { ok: false, offset: i + (hasBom ? 3 : 0) }
  }
}
