/** A request the caller may not make (no or bad credentials, missing scope): nothing ran. */
export class AccessError extends Error {
  override name = 'AccessError'
  /** 401: who you are is not established; 403: you may not do this. */
  readonly status: 401 | 403
  constructor(status: 401 | 403, message: string) {
    super(message)
    this.status = status
  }
}
