import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import type { HostedFaces } from '../hosted-faces.ts'
import { UsageError } from '../usage-error.ts'
import { checkCommand } from './check-command.ts'

const usage = 'usage: oda start [--once] [dir]'

/**
 * `oda start` (what `npm start` runs), the main job on the embedded store:
 * - with GitHub App credentials (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET): serve the App;
 * - without: print the check report of examples/odoo-shop (or `dir`), then serve the sandbox
 *   (simulated GitHub + the App) until Ctrl-C, so PRs can be opened and their check runs seen;
 * - `--once`: only the check report, then exit with its verdict (scripts, CI).
 */
export async function startCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
  hosts: HostedFaces
  signal?: AbortSignal
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      `${usage}\n\nWithout GitHub App credentials: prints the check report of examples/odoo-shop, then serves the\nsandbox (simulated GitHub + the oda App) until Ctrl-C. With APP_ID, PRIVATE_KEY and WEBHOOK_SECRET:\nserves the App. --once prints the report and exits.\n`,
    )
    return 0
  }
  const once = o.args.includes('--once')
  const rest = o.args.filter((a) => a !== '--once')
  if (rest.length > 1 || rest.some((a) => a.startsWith('--')))
    throw new UsageError(`unexpected arguments: ${rest.join(' ')}`, usage)
  if (!once && (await o.hosts.hasAppCredentials(o.io.env)))
    return o.hosts.serveAppOrSandbox({ env: o.io.env, out: o.io.out, signal: o.signal })
  const example = join(o.io.cwd, 'examples', 'odoo-shop')
  const dir = rest[0] ?? (existsSync(example) ? example : o.io.cwd)
  // The checks take a few seconds: say what is running before the report arrives.
  o.io.out(`oda start: running every enabled check on ${dir}...\n`)
  const verdict = await checkCommand({ ...o, args: [dir] })
  if (once) return verdict
  o.io.out('\n')
  return o.hosts.serveAppOrSandbox({ env: o.io.env, out: o.io.out, signal: o.signal })
}
