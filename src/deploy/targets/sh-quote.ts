/**
 * Quotes `value` as one POSIX shell word: single quotes, with each embedded single quote
 * written as '\''. Nothing inside single quotes is special to sh, so any byte string
 * (including `;`, `$()`, backticks and newlines) stays literal data.
 */
export function shQuote(value: string): string {
  if (value.includes('\0')) throw new Error('a NUL byte cannot be passed to a shell')
  return `'${value.replace(/'/g, `'\\''`)}'`
}
