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

/** Example credentials published in providers' docs and tutorials: reported by every naive scanner, never live. */
const documentedExamples = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // The SAS signature in AWS DataSync's Azure Blob documentation.
  'aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D',
])

/** The jwt.io sample token's payload ({"sub":"1234567890","name":"John Doe",...}). */
const jwtIoPayload = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIi'

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
 * `abcdefgh`), long repeats (`000000`) or an example key from a provider's documentation.
 */
export function isPlaceholder(value: string): boolean {
  if (documentedExamples.has(value) || value.includes(jwtIoPayload)) return true
  const lower = value.toLowerCase()
  for (const w of placeholderWords) if (lower.includes(w)) return true
  // `{password}`, `{a62:16}`: format-string and template slots; a masked value (`***`, `•••`).
  if (/\{[\w.:-]*\}/.test(value) || /^[*•xX.#-]+$/.test(value)) return true
  return hasAscendingRun(value, 7) || hasRepeatRun(value, 6)
}
