/** A restore asked for something incomplete (no target database): a usage error, exit code 2. */
export class RestoreUsageError extends Error {
  override name = 'RestoreUsageError'
  readonly usage = true
}
