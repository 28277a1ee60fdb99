/**
 * An API error with a stable code, answered as RFC 9457 problem+json. `code` never changes
 * once released (clients branch on it); `detail` is for people.
 */
export class ApiProblem extends Error {
  override name = 'ApiProblem'
  readonly status: number
  readonly code: string
  readonly extra: Record<string, unknown>
  /** Seconds a client should wait (429, 503), sent as `Retry-After`. */
  readonly retryAfterS: number | undefined
  constructor(o: {
    status: number
    code: string
    detail: string
    extra?: Record<string, unknown>
    retryAfterS?: number
  }) {
    super(o.detail)
    this.status = o.status
    this.code = o.code
    this.extra = o.extra ?? {}
    this.retryAfterS = o.retryAfterS
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** The problem+json body of `p` (`type` is a stable URN per code). */
export function problemBody(p: ApiProblem, instance: string): Record<string, unknown> {
  return {
    type: `urn:oda:problem:${p.code}`,
    title: TITLES[p.status] ?? 'Error',
    status: p.status,
    code: p.code,
    detail: p.message,
    instance,
    ...p.extra,
  }
}
