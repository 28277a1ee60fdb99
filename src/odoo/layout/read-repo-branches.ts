import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { safeStat } from './safe-stat.ts'

/**
 * The checked-out branch of each repo folder that is a git checkout (has `.git`); vendored
 * copies and detached checkouts map to undefined, so the branch rule skips them.
 */
export async function readRepoBranches(args: {
  root: string
  repoPaths: readonly string[]
  exec: OpContext['exec']
}): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>()
  for (const p of args.repoPaths) {
    if (safeStat(resolve(args.root, p, '.git')).kind === 'missing') continue
    const r = await args.exec('git', ['-C', resolve(args.root, p), 'rev-parse', '--abbrev-ref', 'HEAD'], {
      timeoutMs: 10_000,
    })
    const branch = r.exitCode === 0 ? r.stdout.trim() : ''
    out.set(p, branch === '' || branch === 'HEAD' ? undefined : branch)
  }
  return out
}
