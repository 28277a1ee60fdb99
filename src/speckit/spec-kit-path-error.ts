/** A kit path given in input or config that cannot be used (it leaves the repository). */
export class SpecKitPathError extends Error {
  override name = 'SpecKitPathError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
}
