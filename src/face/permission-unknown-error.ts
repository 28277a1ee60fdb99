/**
 * An op needs more than `read` and GitHub could not be asked what the actor has (no token, no
 * repository). Nothing ran; faces answer it like bad input (exit code 2).
 */
export class PermissionUnknownError extends Error {
  override name = 'PermissionUnknownError'
  readonly usage = true
}
