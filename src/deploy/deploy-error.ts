/** Closed reasons a release stops before or during its run; faces and tests branch on them. */
export type DeployErrorCode =
  | 'bad_ref'
  | 'ref_not_allowed'
  | 'unknown_ref'
  | 'unknown_environment'
  | 'missing_secret'
  | 'locked'
  | 'lock_lost'
  | 'preflight_failed'
  | 'no_rollback_target'
  | 'not_deployed_before'
  | 'target_error'

/** A release was refused or could not start; the message says what and how to fix it. */
export class DeployError extends Error {
  override name = 'DeployError'
  readonly code: DeployErrorCode
  constructor(code: DeployErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  /**
   * A ref that is malformed or does not exist is the caller's mistake, like an unknown option:
   * faces answer it as bad input (the CLI exits 2), not as a refused release (exit 1).
   */
  get usage(): boolean {
    return this.code === 'bad_ref' || this.code === 'unknown_ref'
  }
}
