/** Words of a command line, or why they cannot be read. */
export type Tokens = { ok: true; words: string[] } | { ok: false; error: string }

/**
 * Splits a command line into words at blanks; `"..."` and `'...'` group a value with blanks
 * (inside double quotes `\"` and `\\` escape). No other shell syntax exists here: nothing is
 * expanded, and the characters a shell would act on are judged later, per value.
 */
export function tokenizeCommandLine(text: string): Tokens {
  const words: string[] = []
  let cur = ''
  let has = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (quote === '"' && c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) cur += text[++i]
      else cur += c
      continue
    }
    if (c === '"' || c === "'") {
      quote = c
      has = true
    } else if (/\s/.test(c)) {
      if (has) words.push(cur)
      cur = ''
      has = false
    } else {
      cur += c
      has = true
    }
  }
  if (quote) return { ok: false, error: `unterminated ${quote === '"' ? 'double' : 'single'} quote` }
  if (has) words.push(cur)
  return { ok: true, words }
}
