import type { GitHubClient } from '../op/github-client.ts'

/** Whose code a pull request carries: its author, and the fork it comes from when it is not the repository itself. */
export interface PullOrigin {
  author: string
  /** True when the head branch lives in another repository (or in a fork that was deleted). */
  fork: boolean
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  headRepo: string | undefined
  /** Owner of the fork; undefined for a PR from the repository itself or a deleted fork. */
  forkOwner: string | undefined
}

/** Reads a pull request's author and head repository from GitHub (never from the event that mentioned it). */
export async function getPullOrigin(o: {
  client: GitHubClient
  owner: string
  repo: string
  pullNumber: number
}): Promise<PullOrigin> {
  const res = await o.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber,
  })
  const data = obj(res.data)
  const author = str(obj(data['user'])['login'])
  if (!author) throw new Error(`pull request ${o.owner}/${o.repo}#${o.pullNumber} has no author`)
  const headRepo = obj(obj(data['head'])['repo'])
  const headFull = str(headRepo['full_name'])
  const baseFull = str(obj(obj(data['base'])['repo'])['full_name']) ?? `${o.owner}/${o.repo}`
  const fork = headFull === undefined || headFull.toLowerCase() !== baseFull.toLowerCase()
  return {
    author,
    fork,
    headRepo: headFull,
    forkOwner: fork ? str(obj(headRepo['owner'])['login']) : undefined,
  }
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {}
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined
}
