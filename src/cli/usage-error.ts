/** The command line is wrong (unknown flag, missing argument...). Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
  /** Help text worth printing with the error. */
  readonly hint: string | undefined
  constructor(message: string, hint?: string) {
    super(message)
    this.hint = hint
  }
}
