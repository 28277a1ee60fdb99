/** Shortest piece of a configured secret that is masked on its own (a partial copy). */
export const PARTIAL_CHARS = 12

/**
 * The forms in which a configured secret leaks besides itself: base64 (standard and
 * URL-safe, at each of the three byte alignments it can have inside a longer encoded text
 * such as `user:secret` in a Basic header), URL-encoding, and partial copies: every
 * 12-character piece of a value of 16 characters or more, so a truncated or split copy is
 * masked where it appears.
 */
export function valueVariants(value: string): string[] {
  const out = new Set<string>()
  const bytes = Buffer.from(value, 'utf8')
  for (let pad = 0; pad < 3; pad++) {
    const enc = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64')
    // Only the characters that depend on the value's bytes alone, whatever surrounds it.
    const from = Math.ceil((pad * 8) / 6)
    const to = Math.floor(((pad + bytes.length) * 8) / 6)
    const middle = enc.slice(from, to)
    if (middle.length >= PARTIAL_CHARS) {
      out.add(middle)
      out.add(middle.replaceAll('+', '-').replaceAll('/', '_'))
    }
  }
  const url = encodeURIComponent(value)
  if (url !== value) out.add(url)
  if (value.length >= 16)
    for (let i = 0; i + PARTIAL_CHARS <= value.length; i++) out.add(value.slice(i, i + PARTIAL_CHARS))
  out.delete(value)
  return [...out]
}
