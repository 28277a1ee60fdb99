import type { OpContext } from '../../op/context.ts'
import type { RefResolver, ResolvedRef } from '../ports.ts'
import { isFullSha } from '../validate-ref-name.ts'

/**
 * Resolves refs in a local git checkout. `--end-of-options` makes git read the ref as data,
 * never as an option, even though the name was validated already.
 */
export function createGitRefResolver(checkout: { exec: OpContext['exec']; cwd: string }): RefResolver {
  const git = (...args: string[]) => checkout.exec('git', ['-C', checkout.cwd, ...args], { timeoutMs: 30_000 })
  const revParse = async (expr: string): Promise<string | undefined> => {
    const r = await git('rev-parse', '--verify', '--quiet', '--end-of-options', expr)
    return r.exitCode === 0 ? r.stdout.trim() : undefined
  }
  const exists = async (full: string): Promise<boolean> =>
    (await git('show-ref', '--verify', '--quiet', full)).exitCode === 0
  const defaultBranch = async (): Promise<string> => {
    const r = await git('symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD')
    if (r.exitCode === 0) return r.stdout.trim().replace(/^origin\//, '')
    const head = await git('symbolic-ref', '--quiet', '--short', 'HEAD')
    return head.exitCode === 0 ? head.stdout.trim() : 'main'
  }
  return {
    defaultBranch,
    async resolve(ref): Promise<ResolvedRef | undefined> {
      let fullName: string | undefined
      if (isFullSha(ref)) fullName = ref
      else if (ref.startsWith('refs/')) fullName = (await exists(ref)) ? ref : undefined
      else if (await exists(`refs/heads/${ref}`)) fullName = `refs/heads/${ref}`
      else if (await exists(`refs/tags/${ref}`)) fullName = `refs/tags/${ref}`
      if (!fullName) return undefined
      const sha = await revParse(`${fullName}^{commit}`)
      const tree = sha ? await revParse(`${sha}^{tree}`) : undefined
      return sha && tree ? { sha, tree, fullName } : undefined
    },
    async isAncestorOfDefault(sha) {
      const branch = await defaultBranch()
      return (await git('merge-base', '--is-ancestor', '--end-of-options', sha, `refs/heads/${branch}`)).exitCode === 0
    },
  }
}
