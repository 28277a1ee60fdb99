import type { Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import type { HostedFaces } from '../hosted-faces.ts'
import { serveRepoArgs } from '../serve-repo-args.ts'

const usage = 'usage: oda mcp [--repo name=<dir>]...'

/**
 * `oda mcp`: the MCP server over stdio for local agents and editors, on the repositories given
 * with `--repo` (default: the working directory). Runs as the local user, like the CLI; ends
 * when the client closes stdin.
 */
export async function mcpCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
  hosts: HostedFaces
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      `${usage}\n\nServes oda's tools to an MCP client over stdin/stdout (see docs/mcp.md). Repositories are named:\n--repo shop=./odoo-shop serves that checkout as "shop"; without --repo, the working directory.\n`,
    )
    return 0
  }
  const repos = serveRepoArgs(o.args, o.io.cwd, usage)
  await o.hosts.mcp({ repos, store: await o.openStore(), dataDir: o.dataDir, env: o.io.env })
  return 0
}
