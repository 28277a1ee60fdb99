import { isPublicValue } from './public-values.ts'

/** Words that mark a value as a stand-in, not a credential (matched case-insensitively). */
const placeholderWords = [
  'example',
  'sample',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'dummy',
  'redacted',
  'your_',
  'your-',
  'yourtoken',
  'xxxx',
  '****',
  '....',
  '<',
  '>',
  '${',
  '{{',
  '$(',
  '%(',
  'insert',
  'replace_',
  'notreal',
  'not_real',
  'not-a-real',
  'fake_',
  'todo',
]

/** True when `s` has a run of `n` characters each one code point above the previous (abcdefgh, 12345678). */
function hasAscendingRun(s: string, n: number): boolean {
  let run = 1
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) + 1 ? run + 1 : 1
    if (run >= n) return true
  }
  return false
}

/** True when one character repeats `n` times in a row (aaaaaa, 000000). */
function hasRepeatRun(s: string, n: number): boolean {
  let run = 1
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1
    if (run >= n) return true
  }
  return false
}

/**
 * True when `value` is a placeholder or test value rather than a credential: stand-in words,
 * template syntax (`${VAR}`, `{{ var }}`, `<your-token>`), keyboard runs (`1234567890`,
 * `abcdefgh`), long repeats (`000000`) or a credential published on purpose (public-values.ts).
 */
export function isPlaceholder(value: string): boolean {
  if (isPublicValue(value)) return true
  const lower = value.toLowerCase()
  for (const w of placeholderWords) if (lower.includes(w)) return true
  // `{password}`, `{a62:16}`: format-string and template slots; a masked value (`***`, `•••`).
  if (/\{[\w.:-]*\}/.test(value) || /^[*•xX.#-]+$/.test(value)) return true
  return hasAscendingRun(value, 7) || hasRepeatRun(value, 6)
}
