import type { IncomingMessage, ServerResponse } from 'node:http'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { authenticate, type JwtTrust } from '../api/authenticate.ts'
import { limit } from '../api/handle-api.ts'
import type { RateLimiter } from '../api/rate-limiter.ts'
import { readJsonBody } from '../api/read-json-body.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { createMcpServer } from './create-mcp-server.ts'

/**
 * MCP over streamable HTTP (`/mcp`), stateless: each request is authenticated (API key or JWT)
 * and served by a server made for its principal, so scopes apply to every tool call.
 */
export async function handleMcpHttp(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { runs: RemoteRuns; jwt?: JwtTrust; perKey: RateLimiter },
): Promise<void> {
  const principal = await authenticate(req, { store: deps.runs.store, jwt: deps.jwt })
  limit(res, deps.perKey.hit(`${principal.kind}:${principal.credential ?? principal.actor}`, Date.now()))
  const body = req.method === 'POST' ? await readJsonBody(req) : undefined
  const server = createMcpServer({ runs: deps.runs, principal })
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
  res.once('close', () => {
    void transport.close()
    void server.close()
  })
  await server.connect(transport)
  await transport.handleRequest(req, res, body)
}
