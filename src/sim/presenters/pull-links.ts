import type { SimCore } from '../sim-core.ts'
import type { PullState, RepoState } from '../sim-state.ts'

/**
 * The identity and URL fields a pull request carries both in REST answers and in webhook
 * payloads, derived from one place so the two never disagree.
 */
export function pullLinks(core: SimCore, repo: RepoState, pr: PullState): Record<string, string | number> {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.number * 1000 + repo.id,
    node_id: Buffer.from(`011:PullRequest${repo.id}:${pr.number}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number,
  }
}
