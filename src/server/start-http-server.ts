import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { ApiProblem, problemBody } from '../api/api-problem.ts'
import type { JwtTrust } from '../api/authenticate.ts'
import { API_BASE, handleApi, limit } from '../api/handle-api.ts'
import { RateLimiter } from '../api/rate-limiter.ts'
import { toProblem } from '../api/to-problem.ts'
import { handleMcpHttp } from '../mcp/handle-mcp-http.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'

export interface HttpServerOptions {
  runs: RemoteRuns
  log: Logger
  port?: number
  host?: string
  jwt?: JwtTrust
  /** Origins allowed to call the API from a browser (exact matches). */
  corsOrigins?: readonly string[]
  /** Requests per minute per API key / per client IP. */
  ratePerKey?: number
  ratePerIp?: number
  /** Send HSTS (the server is reached over TLS, e.g. behind a proxy). */
  hsts?: boolean
}

export interface RunningHttpServer {
  url: string
  server: Server
  /** Stops accepting, cancels and records the runs still going, then closes the connections. */
  close(): Promise<void>
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * `oda serve`'s HTTP server: REST under /api/v1, MCP at /mcp, health probes; security headers,
 * CORS allow-list, request ids, per-key and per-IP rate limits, bounded bodies and request
 * timeouts, one access log line per request (no credentials, no query strings).
 */
export async function startHttpServer(o: HttpServerOptions): Promise<RunningHttpServer> {
  const perKey = new RateLimiter({ limit: o.ratePerKey ?? 120, windowMs: 60_000 })
  const perIp = new RateLimiter({ limit: o.ratePerIp ?? 600, windowMs: 60_000 })
  let ready = false
  const server = createServer((req, res) => void handle(req, res))
  // Slow clients cannot hold a connection: headers within 10 s, the whole request within 30 s.
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now()
    const given = req.headers['x-request-id']
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    const url = new URL(req.url ?? '/', 'http://oda')
    secure(res, requestId, o.hsts === true)
    const origin = req.headers.origin
    if (origin !== undefined && o.corsOrigins?.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('vary', 'Origin')
      res.setHeader(
        'access-control-expose-headers',
        'Location, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After',
      )
    }
    res.once('finish', () =>
      o.log.info(
        {
          requestId,
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'http',
      ),
    )
    try {
      if (req.method === 'OPTIONS' && origin !== undefined && o.corsOrigins?.includes(origin)) {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'Authorization, Content-Type, X-Request-Id, Mcp-Protocol-Version',
          'access-control-max-age': '600',
        })
        return void res.end()
      }
      if (url.pathname.startsWith('/healthz/')) return await health(url.pathname, res)
      const api = url.pathname === API_BASE || url.pathname.startsWith(`${API_BASE}/`)
      if (!api && url.pathname !== '/mcp')
        throw new ApiProblem({ status: 404, code: 'not-found', detail: `no route ${url.pathname}` })
      limit(res, perIp.hit(req.socket.remoteAddress ?? 'unknown', Date.now()))
      if (api) await handleApi(req, res, url, { runs: o.runs, jwt: o.jwt, perKey })
      else await handleMcpHttp(req, res, { runs: o.runs, jwt: o.jwt, perKey })
    } catch (error) {
      const problem = toProblem(error)
      if (problem.status === 500)
        o.log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, 'request failed')
      if (res.headersSent) return void res.end()
      const body = JSON.stringify(problemBody(problem, requestId))
      const headers: Record<string, string> = { 'content-type': 'application/problem+json' }
      if (problem.retryAfterS !== undefined) headers['retry-after'] = String(problem.retryAfterS)
      // A body refused while it streams: answer, then drop the connection instead of reading the rest.
      if (problem.status === 413) {
        headers['connection'] = 'close'
        res.once('finish', () => req.destroy())
      }
      res.writeHead(problem.status, headers).end(body)
    }
  }

  async function health(path: string, res: ServerResponse): Promise<void> {
    if (path === '/healthz/live')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    if (path === '/healthz/startup')
      return void res
        .writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: ready }))
    if (path === '/healthz/ready') {
      const store = await o.runs.store.listRuns({ limit: 1 }).then(
        () => true,
        () => false,
      )
      return void res
        .writeHead(store && ready ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: store && ready, store }))
    }
    throw new ApiProblem({ status: 404, code: 'not-found', detail: `no probe ${path}` })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port ?? 3000, o.host ?? '127.0.0.1', () => resolve())
  })
  ready = true
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    server,
    async close() {
      ready = false
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      await o.runs.drain()
      server.closeIdleConnections()
      setTimeout(() => server.closeAllConnections(), 5000).unref()
      await closed
    },
  }
}

function secure(res: ServerResponse, requestId: string, hsts: boolean): void {
  res.setHeader('x-request-id', requestId)
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
  res.setHeader('x-frame-options', 'DENY')
  res.setHeader('referrer-policy', 'no-referrer')
  res.setHeader('cache-control', 'no-store')
  if (hsts) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains')
}
