import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { PullState, RepoState } from '../sim-state.ts'
import { retarget, webhookRepo, webhookUser, webhookTemplate } from './webhook-template.ts'

/** A `pull_request` event payload for a simulated PR. */
export function pullRequestEvent(core: SimCore, repo: RepoState, pr: PullState, action: 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'closed' | 'labeled', sender = pr.user, before?: string): JsonObject {
  const p = retarget(core, webhookTemplate(`pull_request.${action}`), repo)
  const tpl = isJsonObject(p.pull_request) ? p.pull_request : {}
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`
  const side = (s: unknown, ref: string, sha: string): JsonObject => ({ ...(isJsonObject(s) ? s : {}), label: `${repo.owner}:${ref}`, ref, sha, user: webhookUser(core, repo.owner, isJsonObject(s) ? s.user : undefined), repo: webhookRepo(core, repo, isJsonObject(s) ? s.repo : undefined) })
  p.number = pr.number
  p.pull_request = {
    ...tpl,
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
    state: pr.state,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tpl.user),
    draft: pr.draft,
    merged: pr.merged,
    labels: [],
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    head: side(tpl.head, pr.head, pr.headSha),
    base: side(tpl.base, pr.base, pr.baseSha),
  }
  // `synchronize` says which head the push replaced.
  if (action === 'synchronize') {
    p.before = before ?? pr.headSha
    p.after = pr.headSha
  }
  p.sender = webhookUser(core, sender, p.sender)
  return p
}
