import { z } from 'zod'
import type { RefResolver, ResolvedRef } from '../ports.ts'
import { isFullSha } from '../validate-ref-name.ts'
import type { GitHubClient } from '../../op/github-client.ts'
import { statusOf } from '../../github/status-of.ts'

const refSchema = z.object({ ref: z.string(), object: z.object({ sha: z.string(), type: z.string() }) })
const commitSchema = z.object({ sha: z.string(), commit: z.object({ tree: z.object({ sha: z.string() }) }) })

/** Resolves refs with the GitHub git database API (branches first, then tags, as git does). */
export function createGitHubRefResolver(github: { octokit: GitHubClient; owner: string; repo: string }): RefResolver {
  const repo = { owner: github.owner, repo: github.repo }
  const orUndefined = async <T>(p: Promise<T>): Promise<T | undefined> => {
    try {
      return await p
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 422) return undefined
      throw error
    }
  }
  const getRef = async (full: string) => {
    const res = await orUndefined(
      github.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: full.replace(/^refs\//, '') }),
    )
    // The API answers a prefix with a list of matches; only an exact match counts.
    return res && !Array.isArray(res.data) ? refSchema.parse(res.data) : undefined
  }
  // `commits/{ref}` takes a SHA, `heads/<branch>` or `tags/<tag>` and peels annotated tags to their commit.
  const commit = async (ref: string) => {
    const res = await orUndefined(github.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref }))
    return res ? commitSchema.parse(res.data) : undefined
  }
  let defaultBranchCache: string | undefined
  const defaultBranch = async (): Promise<string> => {
    defaultBranchCache ??= z
      .object({ default_branch: z.string() })
      .parse((await github.octokit.request('GET /repos/{owner}/{repo}', repo)).data).default_branch
    return defaultBranchCache
  }
  return {
    defaultBranch,
    async resolve(ref): Promise<ResolvedRef | undefined> {
      if (isFullSha(ref)) {
        const c = await commit(ref)
        return c ? { sha: c.sha, tree: c.commit.tree.sha, fullName: ref } : undefined
      }
      const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]
      for (const full of candidates) {
        const r = await getRef(full)
        if (!r) continue
        const c = await commit(full.replace(/^refs\//, ''))
        return c ? { sha: c.sha, tree: c.commit.tree.sha, fullName: full } : undefined
      }
      return undefined
    },
    async isAncestorOfDefault(sha) {
      const branch = await defaultBranch()
      const res = await orUndefined(
        github.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
          ...repo,
          basehead: `${sha}...${branch}`,
        }),
      )
      if (!res) return false
      const status = z.object({ status: z.string() }).parse(res.data).status
      return status === 'ahead' || status === 'identical'
    },
  }
}
