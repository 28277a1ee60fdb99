/** A target cannot be used as configured (missing key, unknown host key...). */
export class TargetError extends Error {
  override name = 'TargetError'
  /** Config field at fault, e.g. `environments.prod.target.keySecret`. */
  readonly field: string
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(`${field}: ${message}`, options)
    this.field = field
  }
}
