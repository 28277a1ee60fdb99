import type { OpContext } from '../../op/context.ts'

/** The branch checked out at `root` (`16.0`, `17.0-mig-web`), or undefined for a detached head or no git. */
export async function readCheckoutBranch(args: { root: string; exec: OpContext['exec'] }): Promise<string | undefined> {
  const r = await args.exec('git', ['-C', args.root, 'symbolic-ref', '--quiet', '--short', 'HEAD'], {
    timeoutMs: 10_000,
  })
  const branch = r.exitCode === 0 ? r.stdout.trim() : ''
  return branch === '' ? undefined : branch
}
