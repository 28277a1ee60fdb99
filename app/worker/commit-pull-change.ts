import { join } from 'node:path'
import { runCommand } from '../../src/exec/run-command.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'
import { prepareWorkspace } from './prepare-workspace.ts'

/** A fixed identity and no user or system git configuration: only what this module sets applies. */
const gitEnv = {
  GIT_AUTHOR_NAME: 'oda',
  GIT_AUTHOR_EMAIL: 'oda@oda.invalid',
  GIT_COMMITTER_NAME: 'oda',
  GIT_COMMITTER_EMAIL: 'oda@oda.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/**
 * The whole change of a pull request GitHub cannot list (more than 3,000 files), made with git:
 * the base commit's tree (from its tarball) and the head's (the workspace) are committed, in
 * that order, into a repository created in the workspace, so PR-aware checks read the change
 * from git (`base`..`head`) as they do on a clone. Returns the two local commits.
 */
export async function commitPullChange(o: {
  client: GitHubClient
  owner: string
  repo: string
  baseSha: string
  /** The head commit, unpacked: becomes the repository's work tree. */
  dir: string
  dataDir: string
  workDir: string
  name: string
  signal?: AbortSignal
}): Promise<{ base: string; head: string }> {
  const base = await prepareWorkspace({
    client: o.client,
    owner: o.owner,
    repo: o.repo,
    sha: o.baseSha,
    dataDir: o.dataDir,
    workDir: o.workDir,
    name: `${o.name}-base`,
    ...(o.signal ? { signal: o.signal } : {}),
  })
  try {
    const git = async (args: string[], workTree = o.dir): Promise<string> => {
      const r = await runCommand({
        file: 'git',
        args: [
          '-C',
          o.dir,
          '-c',
          'commit.gpgsign=false',
          '-c',
          'core.autocrlf=false',
          `--git-dir=${join(o.dir, '.git')}`,
          `--work-tree=${workTree}`,
          ...args,
        ],
        env: gitEnv,
        timeoutMs: 600_000,
        ...(o.signal ? { signal: o.signal } : {}),
      })
      if (r.exitCode !== 0)
        throw new Error(`git ${args[0] ?? ''} failed while computing the PR's change: ${r.stderr.trim()}`)
      return r.stdout.trim()
    }
    const init = await runCommand({ file: 'git', args: ['init', '-q', o.dir], env: gitEnv })
    if (init.exitCode !== 0) throw new Error(`git init failed while computing the PR's change: ${init.stderr.trim()}`)
    // -f: files the trees' own .gitignore names are part of the change too.
    await git(['add', '-A', '-f'], base.dir)
    await git(['commit', '-q', '--allow-empty', '--no-verify', '-m', `base ${o.baseSha}`], base.dir)
    const baseCommit = await git(['rev-parse', 'HEAD'])
    await git(['add', '-A', '-f'])
    await git(['commit', '-q', '--allow-empty', '--no-verify', '-m', 'head'])
    return { base: baseCommit, head: await git(['rev-parse', 'HEAD']) }
  } finally {
    base.dispose()
  }
}
