/** `oda manifest graph` asked for something incomplete (--to without an addon): a usage error, exit code 2. */
export class GraphUsageError extends Error {
  override name = 'GraphUsageError'
  readonly usage = true
}
