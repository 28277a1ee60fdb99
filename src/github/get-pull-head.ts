import type { GitHubClient } from '../op/github-client.ts'

/** The current head SHA and state of a pull request. */
export async function getPullHead(o: {
  client: GitHubClient
  owner: string
  repo: string
  pullNumber: number
}): Promise<{ sha: string; open: boolean } | undefined> {
  const res = await o.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber,
  })
  const data = res.data
  if (
    typeof data !== 'object' ||
    data === null ||
    !('head' in data) ||
    typeof data.head !== 'object' ||
    data.head === null ||
    !('sha' in data.head) ||
    typeof data.head.sha !== 'string'
  )
    return undefined
  return { sha: data.head.sha, open: 'state' in data && data.state === 'open' }
}

/** The base commit SHA of a pull request. */
export async function getPullBase(o: {
  client: GitHubClient
  owner: string
  repo: string
  pullNumber: number
}): Promise<string | undefined> {
  const res = await o.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: o.owner,
    repo: o.repo,
    pull_number: o.pullNumber,
  })
  const data: unknown = res.data
  const base = typeof data === 'object' && data !== null && 'base' in data ? data.base : undefined
  const sha = typeof base === 'object' && base !== null && 'sha' in base ? base.sha : undefined
  return typeof sha === 'string' ? sha : undefined
}
