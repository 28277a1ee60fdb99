import { runCommand } from '../exec/run-command.ts'

/**
 * The branch a git directory's HEAD names (for a bare clone, its default branch), or
 * `main` when HEAD is detached or unborn. `oda sandbox pr --repo <dir>` serves any repo with it.
 */
export async function detectDefaultBranch(gitDir: string): Promise<string> {
  const r = await runCommand({ file: 'git', args: ['-C', gitDir, 'symbolic-ref', '--quiet', '--short', 'HEAD'] })
  const name = r.stdout.trim()
  return r.exitCode === 0 && name !== '' ? name : 'main'
}
