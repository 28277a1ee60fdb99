import { isJsonObject, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { CommentState, PullState, RepoState } from '../sim-state.ts'
import { retarget, webhookUser, webhookTemplate } from './webhook-template.ts'

/** An `issue_comment` event on a simulated PR (GitHub sends PR comments as issue comments). */
export function issueCommentEvent(
  core: SimCore,
  repo: RepoState,
  pr: PullState,
  comment: CommentState,
  action: 'created' | 'edited' | 'deleted',
): JsonObject {
  const p = retarget(core, webhookTemplate(`issue_comment.${action}`), repo)
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const html = `${core.url}/${repo.owner}/${repo.name}/pull/${pr.number}`
  const tplIssue = isJsonObject(p.issue) ? p.issue : {}
  const tplComment = isJsonObject(p.comment) ? p.comment : {}
  p.issue = {
    ...tplIssue,
    url: `${api}/issues/${pr.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${pr.number}/labels{/name}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    events_url: `${api}/issues/${pr.number}/events`,
    html_url: html,
    id: pr.number * 1000 + repo.id,
    node_id: Buffer.from(`05:Issue${repo.id}:${pr.number}`).toString('base64'),
    number: pr.number,
    title: pr.title,
    body: pr.body,
    user: webhookUser(core, pr.user, tplIssue.user),
    labels: [],
    state: pr.state,
    assignee: null,
    assignees: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: null,
    pull_request: {
      url: `${api}/pulls/${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null,
    },
    reactions: {
      ...(isJsonObject(tplIssue.reactions) ? tplIssue.reactions : {}),
      url: `${api}/issues/${pr.number}/reactions`,
    },
  }
  p.comment = {
    ...tplComment,
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString('base64'),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${pr.number}`,
    body: comment.body,
    user: webhookUser(core, comment.user, tplComment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    reactions: {
      ...(isJsonObject(tplComment.reactions) ? tplComment.reactions : {}),
      url: `${api}/issues/comments/${comment.id}/reactions`,
    },
    author_association: comment.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
  }
  if (action !== 'edited') delete p.changes
  p.sender = webhookUser(core, comment.user, p.sender)
  return p
}
