import { jwtTrustFromEnv } from '../api/authenticate.ts'
import type { Store } from '../engine/store/store.ts'
import { builtinRedactionPatterns } from '../log/builtin-patterns.ts'
import { createLogger } from '../log/create-logger.ts'
import { Redactor } from '../log/redactor.ts'
import { RemoteRuns } from '../serve/remote-runs.ts'
import { startHttpServer } from './start-http-server.ts'
import type { CliIo } from '../cli/cli-io.ts'
import type { GlobalOptions } from '../cli/global-options.ts'
import { serveRepoArgs } from '../cli/serve-repo-args.ts'
import { UsageError } from '../cli/usage-error.ts'

const usage = 'usage: oda serve [--repo name=<dir>]... [--port <n>] [--host <address>]'

/**
 * `oda serve`: the REST API (/api/v1) and MCP over HTTP (/mcp) with health probes, on the
 * repositories given with `--repo` (default: the working directory), until SIGINT or SIGTERM.
 * Environment: PORT, HOST, ODA_CORS_ORIGINS, ODA_RATE_PER_KEY, ODA_RATE_PER_IP, ODA_HSTS, and
 * ODA_JWT_ISSUER / ODA_JWT_AUDIENCE / ODA_JWT_JWKS_URL for service tokens.
 */
export async function serveCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
  signal?: AbortSignal
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      `${usage}\n\nServes the REST API (/api/v1, see docs/api.md) and MCP (/mcp, see docs/mcp.md) with API-key auth.\n`,
    )
    return 0
  }
  const rest: string[] = []
  let port = Number(o.io.env['PORT'] ?? 3000)
  let host = o.io.env['HOST'] ?? '127.0.0.1'
  for (let i = 0; i < o.args.length; i++) {
    const a = o.args[i]!
    if (a === '--port') port = Number(o.args[++i])
    else if (a === '--host') host = o.args[++i] ?? ''
    else rest.push(a)
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port (or PORT) must be a port number', usage)
  const repos = serveRepoArgs(rest, o.io.cwd, usage)
  const rate = (name: string, fallback: number): number => {
    const n = Number(o.io.env[name] ?? fallback)
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number`)
    return n
  }
  const log = createLogger({
    redactor: new Redactor({ patterns: builtinRedactionPatterns, values: [] }),
    write: (line) => o.io.err(line),
  })
  const store = await o.openStore()
  const runs = new RemoteRuns({ repos, store, dataDir: o.dataDir, env: o.io.env, log })
  const server = await startHttpServer({
    runs,
    log,
    port,
    host,
    jwt: jwtTrustFromEnv(o.io.env),
    corsOrigins: (o.io.env['ODA_CORS_ORIGINS'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ratePerKey: rate('ODA_RATE_PER_KEY', 120),
    ratePerIp: rate('ODA_RATE_PER_IP', 600),
    hsts: o.io.env['ODA_HSTS'] === '1',
  })
  o.io.out(
    `oda serve: ${server.url}/api/v1 (REST), ${server.url}/mcp (MCP); repositories: ${repos.map((r) => r.name).join(', ')}\n`,
  )
  const stop = new Promise<void>((resolve) => {
    o.signal?.addEventListener('abort', () => resolve(), { once: true })
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  await stop
  await server.close()
  await store.close()
  return 0
}
