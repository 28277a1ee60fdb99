import type { SchemaError } from './openapi-validator.ts'

/** A request or response that broke GitHub's description or a documented limit. */
export interface Violation {
  /** The served operation and its OpenAPI operationId. */
  route: string
  operationId: string
  method: string
  url: string
  /** Which part failed: a route the simulator does not serve, a request part, a documented limit, or the simulator's own response. */
  where: 'route' | 'path' | 'query' | 'body' | 'limits' | 'response'
  errors: SchemaError[]
}

/** One line per error, for test failure messages. */
export function formatViolation(v: Violation): string {
  return v.errors.map((e) => `${v.operationId} (${v.method} ${v.url}) ${v.where} ${e.at}: ${e.message}`).join('\n')
}
