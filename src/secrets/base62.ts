/** The base62 alphabet GitHub and npm use for token checksums: digits, then upper, then lower case. */
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Encodes a non-negative integer in base62, left-padded with '0' to `width`. */
export function encodeBase62(n: number, width: number): string {
  let out = ''
  let v = n
  while (v > 0) {
    out = BASE62[v % 62] + out
    v = Math.floor(v / 62)
  }
  return out.padStart(width, '0')
}
