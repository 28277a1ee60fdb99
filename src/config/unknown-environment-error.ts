/**
 * The environment named on the command line is not in .github/oda.yml: a caller mistake,
 * answered like bad input (exit code 2), not as a failed release.
 */
export class UnknownEnvironmentError extends Error {
  override name = 'UnknownEnvironmentError'
  readonly usage = true
  readonly environment: string
  constructor(environment: string, message: string) {
    super(message)
    this.environment = environment
  }
}
