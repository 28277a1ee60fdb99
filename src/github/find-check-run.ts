import type { GitHubClient } from '../op/github-client.ts'

/**
 * The id of the check run named `name` on `sha` whose `external_id` is `externalId`, if one
 * exists. A job attempt that died between GitHub creating a check run and oda saving its id
 * looks it up this way instead of creating a second one.
 */
export async function findCheckRun(o: {
  client: GitHubClient
  owner: string
  repo: string
  sha: string
  name: string
  externalId: string
}): Promise<{ id: number; completed: boolean } | undefined> {
  const res = await o.client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    check_name: o.name,
    filter: 'all',
    per_page: 100,
  })
  const data = res.data
  const runs =
    typeof data === 'object' && data !== null && 'check_runs' in data && Array.isArray(data.check_runs)
      ? data.check_runs
      : []
  for (const run of runs) {
    if (
      typeof run === 'object' &&
      run !== null &&
      'external_id' in run &&
      run.external_id === o.externalId &&
      'id' in run &&
      typeof run.id === 'number'
    ) {
      return { id: run.id, completed: 'status' in run && run.status === 'completed' }
    }
  }
  return undefined
}

/** The newest check run named `name` on `sha`: its status and conclusion, or undefined when there is none. */
export async function latestCheckRun(o: {
  client: GitHubClient
  owner: string
  repo: string
  sha: string
  name: string
}): Promise<{ status: string; conclusion: string | null } | undefined> {
  const res = await o.client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    check_name: o.name,
    filter: 'latest',
    per_page: 1,
  })
  const data: unknown = res.data
  const runs =
    typeof data === 'object' && data !== null && 'check_runs' in data && Array.isArray(data.check_runs)
      ? (data.check_runs as unknown[])
      : []
  const run = runs[0]
  if (typeof run !== 'object' || run === null) return undefined
  const status = 'status' in run && typeof run.status === 'string' ? run.status : 'queued'
  const conclusion = 'conclusion' in run && typeof run.conclusion === 'string' ? run.conclusion : null
  return { status, conclusion }
}
