/** Error for a timeout value oda cannot read; `source` names where the value came from. */
export class TimeoutValueError extends Error {
  override name = 'TimeoutValueError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
  readonly value: string
  constructor(value: string, source: string) {
    super(
      `${source} "${value}" is not a duration: expected seconds ("1800"), or a number with s, m or h ("90s", "30m", "2h")`,
    )
    this.value = value
  }
}

/**
 * Reads a timeout: a bare number is seconds (as the deploy steps read TIMEOUT), or a number
 * with an `s`, `m` or `h` unit. Returns milliseconds. `source` (e.g. `--timeout`) names the
 * value's origin in the error.
 */
export function parseTimeout(value: string, source = 'TIMEOUT'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$/.exec(value)
  if (!m || Number(m[1]) <= 0) throw new TimeoutValueError(value, source)
  const n = Number(m[1])
  const unit = m[2] === 'm' ? 60_000 : m[2] === 'h' ? 3_600_000 : 1000
  return Math.round(n * unit)
}
