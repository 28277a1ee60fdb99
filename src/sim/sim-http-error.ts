import type { Json } from './json.ts'

/**
 * An answer other than success, shaped like GitHub's error bodies. Handlers throw it;
 * the server turns it into `{ message, documentation_url, status, errors? }`.
 */
export class SimHttpError extends Error {
  override name = 'SimHttpError'
  readonly status: number
  readonly errors: Json[] | undefined
  readonly headers: Record<string, string>
  constructor(status: number, message: string, extra: { errors?: Json[]; headers?: Record<string, string> } = {}) {
    super(message)
    this.status = status
    this.errors = extra.errors
    this.headers = extra.headers ?? {}
  }
}

/** 404 with GitHub's exact wording. */
export const notFound = (): SimHttpError => new SimHttpError(404, 'Not Found')

/** 422 for a request GitHub would refuse on content rather than shape. */
export const unprocessable = (message: string, errors?: Json[]): SimHttpError =>
  new SimHttpError(422, message, errors ? { errors } : {})
