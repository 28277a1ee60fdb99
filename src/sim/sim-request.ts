import type { Json } from './json.ts'

/** A request as route handlers see it: parameters decoded and coerced, body parsed. */
export interface SimRequest {
  method: string
  /** Path without the query string, as sent. */
  path: string
  /** Path parameters, coerced to the types the OpenAPI description declares. */
  params: Record<string, unknown>
  /** Query parameters, coerced likewise (numbers, booleans). */
  query: Record<string, unknown>
  body: unknown
  headers: Record<string, string | string[] | undefined>
  /** The installation the bearer token belongs to (undefined for app JWT calls). */
  installationId: number | undefined
}

/** What a handler answers; the server validates `body` against the description. */
export interface SimResponse {
  status: number
  body?: Json
  headers?: Record<string, string>
  /** Raw bytes instead of JSON (tarballs, raw contents); not schema-checked. */
  raw?: Buffer
  /** A paginated list: the server slices it and writes `Link`. */
  page?: { items: Json[]; wrap?: (items: Json[], total: number) => Json }
}

/** Reads a path or query parameter as a string (throws on absence: the schema already required it). */
export function param(req: SimRequest, name: string): string {
  const v = req.params[name] ?? req.query[name]
  if (v === undefined || v === null) throw new Error(`parameter ${name} missing after validation`)
  return String(v)
}

/** Reads an integer path parameter. */
export function intParam(req: SimRequest, name: string): number {
  return Number(param(req, name))
}

/** Reads an optional query parameter as a string. */
export function queryString(req: SimRequest, name: string): string | undefined {
  const v = req.query[name]
  return v === undefined || v === null ? undefined : String(v)
}
