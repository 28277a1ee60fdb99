import type { OpContext } from '../../../op/context.ts'

/** A `base` or `head` that names no commit in the checkout: bad input, faces answer exit 2. */
export class ManifestRefError extends Error {
  override name = 'ManifestRefError'
  readonly usage = true
}

/**
 * Checks that each given ref names a commit before any diff runs, so a typo or a base branch
 * missing from a shallow clone is told apart from a failing git (and named with its option).
 */
export async function checkRefs(o: { ctx: OpContext; root: string; refs: Record<string, string> }): Promise<void> {
  for (const [option, ref] of Object.entries(o.refs)) {
    if (ref === '') continue
    const r = await o.ctx.exec(
      'git',
      ['-C', o.root, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      { timeoutMs: 30_000 },
    )
    if (r.exitCode === 1 || (r.exitCode !== 0 && /unknown revision|bad revision|Needed a single/.test(r.stderr)))
      throw new ManifestRefError(
        `--${option} ${JSON.stringify(ref)} names no commit in ${o.root}: check the name, or fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin <branch>)`,
      )
  }
}
