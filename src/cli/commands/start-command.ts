import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { checkCommand } from './check-command.ts'

/**
 * `oda start` (what `npm start` runs): the main job on the embedded default store. Runs
 * every check on examples/odoo-shop and prints the report.
 */
export async function startCommand(o: { args: readonly string[]; options: GlobalOptions; io: CliIo; openStore: () => Promise<Store>; dataDir: string }): Promise<number> {
  const example = join(o.io.cwd, 'examples', 'odoo-shop')
  const dir = o.args[0] ?? (existsSync(example) ? example : o.io.cwd)
  return checkCommand({ ...o, args: [dir] })
}
