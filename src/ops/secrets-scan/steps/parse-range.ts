/** Thrown when `--diff` is not `base..head` or names something git would read as an option. */
export class DiffRangeError extends Error {
  override name = 'DiffRangeError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
}

const REV = /^[A-Za-z0-9_][A-Za-z0-9_./@^~{}:+-]*$/

/** Splits `base..head` (or `base...head`) into two revisions, refusing anything that could be an option. */
export function parseRange(range: string): { base: string; head: string } {
  const m = /^(.+?)\.{2,3}(.+)$/.exec(range.trim())
  if (!m) throw new DiffRangeError(`diff: "${range}" is not a range; expected base..head, e.g. origin/main..HEAD`)
  const [base, head] = [m[1]!, m[2]!]
  for (const [name, rev] of [
    ['base', base],
    ['head', head],
  ] as const) {
    if (!REV.test(rev))
      throw new DiffRangeError(
        `diff: ${name} revision "${rev}" is not a valid revision name (letters, digits and ._/@^~{}:+- only, not starting with "-")`,
      )
  }
  return { base, head }
}

/** Validates a history revision range (empty means all refs). */
export function parseRevRange(rev: string): string[] {
  if (rev.trim() === '') return ['--all']
  if (!REV.test(rev.trim().replace(/\.\.\.?/, '/')))
    throw new DiffRangeError(
      `rev: "${rev}" is not a revision range (letters, digits and ._/@^~{}:+- only, not starting with "-")`,
    )
  return [rev.trim()]
}
