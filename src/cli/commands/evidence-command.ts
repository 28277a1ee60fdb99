import { existsSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { verifyEvidence } from '../../engine/evidence/verify-evidence.ts'
import type { RecordedEvidence, Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { checkCommand } from './check-command.ts'

/**
 * `oda evidence verify <dir>`: checks files and chains, and the digests the run store recorded
 * when runs wrote the packs (saying so when there is no store), exit 1 on any mismatch.
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
    const store = await recordsFor(dir, o)
    const result = await verifyEvidence(dir, store.records ? { records: store.records } : {})
    if (o.options.format === 'json')
      o.io.out(
        JSON.stringify({ ...result, store: result.store ?? { available: false, reason: store.reason } }, null, 2) +
          '\n',
      )
    else if (result.problems.length === 0)
      o.io.out(
        `OK: ${result.packs} pack(s) verified under ${target}${result.store ? `; ${storeLine(result.store)}` : ''}\n`,
      )
    else
      for (const p of result.problems)
        o.io.out(`FAIL ${(isAbsolute(p.path) ? relative(dir, p.path) : p.path) || target}: ${p.message}\n`)
    if (!store.records)
      o.io.err(
        `oda: no run store to compare with (${store.reason}): the packs were checked against their own SHA256SUMS and chains only, which cannot show the newest pack deleted or packs edited and resealed; give the store the runs used (--data-dir or DATABASE_URL)\n`,
      )
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

/**
 * What the run store recorded of packs at or under `dir`, or why there is no store to ask:
 * an embedded store that does not exist yet is not created just to be found empty.
 */
async function recordsFor(
  dir: string,
  o: { openStore: () => Promise<Store>; dataDir: string; io: CliIo },
): Promise<{ records: RecordedEvidence[]; reason?: undefined } | { records?: undefined; reason: string }> {
  const { SQLITE_FILE } = await import('../../engine/store/open-store.ts')
  const file = join(o.dataDir, SQLITE_FILE)
  if (!o.io.env['DATABASE_URL'] && !existsSync(file))
    return { reason: `${file} does not exist and DATABASE_URL is not set` }
  let store: Store
  try {
    store = await o.openStore()
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) }
  }
  try {
    return { records: await store.listEvidence(dir) }
  } finally {
    await store.close()
  }
}

function storeLine(s: { recorded: number; unrecorded: number }): string {
  const elsewhere = s.unrecorded > 0 ? `; ${s.unrecorded} not recorded in it (written with another store?)` : ''
  return `${s.recorded} recorded by the run store match it${elsewhere}`
}
