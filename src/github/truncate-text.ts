/**
 * Cuts `text` to at most `max` UTF-16 code units, ending with `marker` when cut. Never splits a
 * surrogate pair, so the result stays valid Unicode.
 */
export function truncateChars(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - marker.length)
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--
  return text.slice(0, end) + marker
}

/** Cuts `text` so its UTF-8 encoding fits in `maxBytes`, ending with `marker` when cut. */
export function truncateUtf8(text: string, maxBytes: number, marker = '…'): string {
  const encoder = new TextEncoder()
  if (encoder.encode(text).length <= maxBytes) return text
  const budget = maxBytes - encoder.encode(marker).length
  // Binary search on code-unit length: encode() is linear, the text may be megabytes.
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (encoder.encode(text.slice(0, mid)).length <= budget) lo = mid
    else hi = mid - 1
  }
  if (lo > 0 && isHighSurrogate(text.charCodeAt(lo - 1))) lo--
  return text.slice(0, lo) + marker
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
