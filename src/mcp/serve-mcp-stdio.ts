import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { Store } from '../engine/store/store.ts'
import { localPrincipal } from '../serve/principal.ts'
import { RemoteRuns } from '../serve/remote-runs.ts'
import type { ServedRepo } from '../serve/served-repos.ts'
import { createMcpServer } from './create-mcp-server.ts'

/**
 * The MCP server over stdin/stdout on `repos`, as the local user (like the CLI). Resolves when
 * the client closes stdin, after the runs it started have ended; closes `store`.
 */
export async function serveMcpStdio(o: {
  repos: ServedRepo[]
  store: Store
  dataDir: string
  env: Readonly<Record<string, string | undefined>>
}): Promise<void> {
  const runs = new RemoteRuns({ repos: o.repos, store: o.store, dataDir: o.dataDir, env: o.env })
  const server = createMcpServer({ runs, principal: localPrincipal(o.env['USER'] ?? 'local') })
  const closed = new Promise<void>((resolve) => (server.onclose = resolve))
  const transport = new StdioServerTransport()
  process.stdin.once('end', () => void server.close())
  try {
    await server.connect(transport)
    await closed
  } finally {
    await runs.drain()
    await o.store.close()
  }
}
