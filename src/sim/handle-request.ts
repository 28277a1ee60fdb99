import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { verifyAppJwt } from './app-auth.ts'
import type { Barriers } from './barrier.ts'
import type { FaultInjector } from './fault-injector.ts'
import { checkDocLimits } from './doc-limits.ts'
import type { Json } from './json.ts'
import type { RouteMatcher } from './match-route.ts'
import type { SchemaError } from './openapi-validator.ts'
import { paginate } from './paginate.ts'
import type { RateLimits } from './rate-limit.ts'
import type { RouteLog } from './route-log.ts'
import type { SimCore } from './sim-core.ts'
import { SimHttpError } from './sim-http-error.ts'
import type { SimResponse } from './sim-request.ts'
import type { Violation } from './violation.ts'
import type { ServedOperation } from './served-operations.ts'

/** What the request pipeline needs besides the shared core. */
export interface Pipeline {
  core: SimCore
  matcher: RouteMatcher
  log: RouteLog
  faults: FaultInjector
  barriers: Barriers
  rateLimits: RateLimits
  violations: Violation[]
  tokens: Map<string, { installationId: number; expiresAt: Date }>
  /** Extra raw routes outside the REST description (tarball downloads). */
  raw(method: string, path: string): Promise<SimResponse | undefined>
}

const secondaryMessage =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.'

/**
 * One request, in GitHub's order: route, race barrier, injected fault, authentication,
 * request validation (OpenAPI + documented limits), handler, pagination, response
 * validation. Every outcome is written to the route log.
 */
export async function handleRequest(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase()
  const url = new URL(req.url ?? '/', p.core.url)
  const path = url.pathname
  const text = await readBody(req)
  // Filled in once the caller is known, so the log line of any later answer names the installation.
  const caller: { installationId?: number } = {}
  const reply = (
    status: number,
    body: Json | Buffer | undefined,
    headers: Record<string, string> = {},
    route?: string,
    note?: string,
  ): void => {
    p.log.add({
      at: p.core.state.timestamp(),
      atMs: Date.now(),
      method,
      url: `${path}${url.search}`,
      route,
      status,
      ...(caller.installationId !== undefined ? { installationId: caller.installationId } : {}),
      ...(note ? { note } : {}),
    })
    const isRaw = Buffer.isBuffer(body)
    res.writeHead(status, {
      'x-github-request-id': `SIM:${p.log.entries.length}`,
      ...(body !== undefined && !isRaw ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...headers,
    })
    res.end(isRaw ? body : body === undefined ? undefined : JSON.stringify(body))
  }
  const raw = await p.raw(method, path)
  if (raw) return reply(raw.status, raw.raw ?? raw.body, raw.headers ?? {}, `${method} ${path}`)
  const found = p.matcher.match(method, path)
  if (!found) {
    // Also a violation: a client that swallows the 500 must still fail its test.
    p.violations.push({
      route: `${method} ${path}`,
      operationId: 'unhandled',
      method,
      url: `${path}${url.search}`,
      where: 'route',
      errors: [{ at: '/', message: `unhandled route ${method} ${path}` }],
    })
    return reply(
      500,
      {
        message: `unhandled route ${method} ${path}`,
        documentation_url: 'https://docs.github.com/rest',
        status: '500',
      },
      {},
      undefined,
      'unhandled route',
    )
  }
  const { route } = found
  const key: ServedOperation = route.key
  const op = p.core.openapi.operation(key)
  const errorBody = (e: SimHttpError): Json => ({
    message: e.message,
    documentation_url: op.docsUrl,
    status: String(e.status),
    ...(e.errors ? { errors: e.errors } : {}),
  })
  const fail = (e: SimHttpError, note?: string): void =>
    reply(e.status, errorBody(e), e.headers, key, note ?? e.message)

  await p.barriers.pass(method, path, key)
  const fault = p.faults.take(method, path, key)
  if (fault?.delayMs) await sleep(fault.delayMs)
  if (fault?.primary) {
    const reset = Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 1)
    const headers = {
      'x-ratelimit-limit': String(p.rateLimits.limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(p.rateLimits.limit),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    }
    return reply(
      fault.status ?? 403,
      fault.body ?? {
        message: 'API rate limit exceeded for installation.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
        status: String(fault.status ?? 403),
      },
      headers,
      key,
      'injected primary rate limit',
    )
  }
  if (fault && (fault.status !== undefined || fault.secondary)) {
    const status = fault.status ?? 403
    const secondary = fault.secondary === true || (status === 403 && fault.body === undefined)
    const body = fault.body ?? {
      message: secondary ? secondaryMessage : 'Server Error',
      documentation_url: secondary
        ? 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        : op.docsUrl,
      status: String(status),
    }
    return reply(
      status,
      body,
      secondary ? { 'retry-after': String(fault.retryAfter ?? 1) } : {},
      key,
      `injected fault ${status}`,
    )
  }

  const auth = authenticate(p, req.headers.authorization, route.auth ?? 'installation')
  if (typeof auth === 'string')
    return fail(new SimHttpError(401, auth === 'missing' ? 'Requires authentication' : 'Bad credentials'), auth)
  if (auth.installationId !== undefined) caller.installationId = auth.installationId

  let body: unknown
  if (text.length > 0) {
    try {
      body = JSON.parse(text)
    } catch {
      return fail(new SimHttpError(400, 'Problems parsing JSON'))
    }
  }
  const params: Record<string, unknown> = { ...found.params }
  const query: Record<string, unknown> = Object.fromEntries(url.searchParams)
  const violation = (where: Violation['where'], errors: SchemaError[]): Violation => ({
    route: key,
    operationId: op.operationId,
    method,
    url: `${path}${url.search}`,
    where,
    errors,
  })
  const checks: [Violation['where'], SchemaError[]][] = [
    ['path', op.checkPath(params)],
    ['query', op.checkQuery(query)],
    // Documented limits first: their messages say what to do ("send the rest in updates").
    ['limits', checkDocLimits(key, body)],
    ['body', op.checkBody(body, p.core.strict)],
  ]
  for (const [where, errors] of checks) {
    if (errors.length === 0) continue
    const v = violation(where, errors)
    p.violations.push(v)
    const message = `Invalid request.\n\n${errors.map((e) => `${where} ${e.at}: ${e.message}`).join('\n')}`
    return fail(
      new SimHttpError(422, message, {
        errors: errors.map((e) => ({ resource: op.operationId, code: 'invalid', field: e.at, message: e.message })),
      }),
      `422 ${where}`,
    )
  }

  let answer: SimResponse
  try {
    const access = repoAccess(p, auth, params)
    if (access) return fail(access)
    answer = await route.handle(
      { method, path, params, query, body, headers: req.headers, installationId: auth.installationId },
      p.core,
    )
  } catch (e) {
    if (e instanceof SimHttpError) return fail(e)
    const message = e instanceof Error ? e.message : String(e)
    return reply(
      500,
      { message: `simulator error in ${key}: ${message}`, documentation_url: op.docsUrl, status: '500' },
      {},
      key,
      message,
    )
  }
  const headers: Record<string, string> = {
    ...p.rateLimits.count(auth.key),
    'x-github-media-type': 'github.v3; format=json',
    ...(answer.headers ?? {}),
  }
  let out: Json | undefined = answer.body
  if (answer.page) {
    const pageOut = paginate(answer.page.items, query, url)
    if (pageOut.link) headers.link = pageOut.link
    out = answer.page.wrap ? answer.page.wrap(pageOut.items, answer.page.items.length) : pageOut.items
  }
  if (answer.raw === undefined && answer.status !== 204 && answer.status !== 302) {
    const errors = op.checkResponse(answer.status, out ?? null)
    if (errors.length > 0) p.violations.push(violation('response', errors))
  }
  reply(answer.status, answer.raw ?? out, headers, key)
}

interface Authenticated {
  installationId: number | undefined
  /** Rate-limit bucket: the token or the app. */
  key: string
}

function authenticate(p: Pipeline, header: string | undefined, need: 'app' | 'installation'): Authenticated | string {
  if (!header) return 'missing'
  const [, token = ''] = /^(?:bearer|token)\s+(.+)$/i.exec(header.trim()) ?? []
  if (need === 'app') {
    const reason = verifyAppJwt(token, p.core.app.id, p.core.app.publicKey, p.core.state.now())
    return reason
      ? `A JSON web token could not be decoded: ${reason}`
      : { installationId: undefined, key: `app:${p.core.app.id}` }
  }
  const t = p.tokens.get(token)
  if (!t) return 'unknown token'
  if (t.expiresAt.getTime() <= p.core.state.now().getTime()) return 'expired token'
  return { installationId: t.installationId, key: token }
}

/** An installation token only sees its installation's repositories; GitHub answers 404 otherwise. */
function repoAccess(p: Pipeline, auth: Authenticated, params: Record<string, unknown>): SimHttpError | undefined {
  if (auth.installationId === undefined || typeof params.owner !== 'string' || typeof params.repo !== 'string')
    return undefined
  const repo = p.core.state.repo(params.owner, params.repo)
  return repo.installationId === auth.installationId ? undefined : new SimHttpError(404, 'Not Found')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}
