import { isAbsolute, join, relative, resolve } from 'node:path'
import { verifyEvidence } from '../../engine/evidence/verify-evidence.ts'
import type { Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { checkCommand } from './check-command.ts'

/**
 * `oda evidence verify <dir>`: checks files and chains, exit 1 on any mismatch.
 * `oda evidence [dir]`: runs the checks on `dir` and writes packs under `<dir>/docs/evidence`.
 */
export async function evidenceCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      'usage: oda evidence verify <dir>       check every pack under <dir>: files against SHA256SUMS, chains per topic\n       oda evidence [dir]              run the checks on <dir> and write packs to <dir>/docs/evidence/<UTC stamp>/<check>/\n',
    )
    return 0
  }
  if (o.args[0] === 'verify') {
    const target = o.args[1]
    if (target === undefined) {
      o.io.err('usage: oda evidence verify <dir>\n')
      return 2
    }
    const dir = resolve(o.io.cwd, target)
    const result = await verifyEvidence(dir)
    if (o.options.format === 'json') o.io.out(JSON.stringify(result, null, 2) + '\n')
    else if (result.problems.length === 0) o.io.out(`OK: ${result.packs} pack(s) verified under ${target}\n`)
    else
      for (const p of result.problems)
        o.io.out(`FAIL ${(isAbsolute(p.path) ? relative(dir, p.path) : p.path) || target}: ${p.message}\n`)
    return result.problems.length === 0 ? 0 : 1
  }
  if (o.args.length > 1 || o.args.some((a) => a.startsWith('-'))) {
    o.io.err(
      `oda: unexpected arguments for oda evidence: ${o.args.join(' ')}\nusage: oda evidence [dir] | oda evidence verify <dir>\n`,
    )
    return 2
  }
  const dir = resolve(o.io.cwd, o.args[0] ?? '.')
  return checkCommand({ ...o, args: [dir], evidenceRoot: join(dir, 'docs', 'evidence') })
}
