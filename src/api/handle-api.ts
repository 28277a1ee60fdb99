import type { IncomingMessage, ServerResponse } from 'node:http'
import { allOps, findOp } from '../ops/registry.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { ApiProblem } from './api-problem.ts'
import { authenticate, type JwtTrust } from './authenticate.ts'
import { listRuns, postRun, runRoute } from './handle-runs.ts'
import { openApiDocument } from './openapi-document.ts'
import type { RateLimiter, RateState } from './rate-limiter.ts'
import { sendJson } from './send-json.ts'
import { skillView } from './skill-view.ts'

export interface ApiDeps {
  runs: RemoteRuns
  jwt?: JwtTrust
  /** Requests per key and window. */
  perKey: RateLimiter
}

/** Mount point of the REST face. */
export const API_BASE = '/api/v1'

/**
 * The REST face (`/api/v1`): authenticates every route but the OpenAPI document, counts the
 * caller against its key's rate limit, then answers skills and runs. Errors are thrown as
 * ApiProblem (or errors `toProblem` maps) and answered by the server as problem+json.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: ApiDeps): Promise<void> {
  const path = url.pathname.slice(API_BASE.length) || '/'
  if (path === '/openapi.json' && req.method === 'GET') return sendJson(res, 200, openApiDocument(allOps()))
  const principal = await authenticate(req, { store: deps.runs.store, jwt: deps.jwt })
  limit(res, deps.perKey.hit(`${principal.kind}:${principal.credential ?? principal.actor}`, Date.now()))
  if (path === '/skills' && req.method === 'GET') return sendJson(res, 200, { skills: allOps().map(skillView) })
  const skill = /^\/skills\/([a-z0-9.-]{1,100})$/.exec(path)
  if (skill && req.method === 'GET') {
    const op = findOp(skill[1]!)
    if (!op) throw new ApiProblem({ status: 404, code: 'unknown-op', detail: `unknown op ${skill[1]}` })
    return sendJson(res, 200, skillView(op))
  }
  if (path === '/runs' && req.method === 'POST') return postRun({ req, res, url, runs: deps.runs, principal })
  if (path === '/runs' && req.method === 'GET') return listRuns({ res, url, runs: deps.runs, principal })
  const run = /^\/runs\/([^/]+)(?:\/(cancel|events|evidence))?$/.exec(path)
  if (run) return runRoute({ req, res, runs: deps.runs, principal, id: decodeURIComponent(run[1]!), action: run[2] })
  throw new ApiProblem({ status: 404, code: 'not-found', detail: `no route ${req.method} ${url.pathname}` })
}

/** `RateLimit-*` headers on every answer; 429 with `Retry-After` past the limit. */
export function limit(res: ServerResponse, state: RateState): void {
  res.setHeader('ratelimit-limit', String(state.limit))
  res.setHeader('ratelimit-remaining', String(state.remaining))
  res.setHeader('ratelimit-reset', String(state.resetS))
  if (!state.allowed)
    throw new ApiProblem({
      status: 429,
      code: 'rate-limited',
      detail: `more than ${state.limit} requests in the window; retry in ${state.resetS}s`,
      retryAfterS: state.resetS,
    })
}
