/** Raised when a value handed to the store cannot be stored as given (bad time, wrong state). */
export class StoreInputError extends Error {
  override name = 'StoreInputError'
  /** The offending field, e.g. `createdAt` or `lease.expiresAt`. */
  readonly field: string
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(`${field}: ${message}`, options)
    this.field = field
  }
}
