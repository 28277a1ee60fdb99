import { z } from 'zod'
import type { GitHubClient } from '../../op/github-client.ts'

/** GitHub's limit on a comment body. */
export const MAX_COMMENT_BODY = 65_536

/**
 * Creates the comment (no `commentId`) or edits it in place, and returns its id and link. A body
 * past GitHub's limit is cut with a note, so the write is never refused for its size.
 */
export async function writeIssueComment(o: {
  client: GitHubClient
  owner: string
  repo: string
  issueNumber: number
  commentId?: number
  body: string
}): Promise<{ id: number; url: string }> {
  const body =
    o.body.length > MAX_COMMENT_BODY ? `${o.body.slice(0, MAX_COMMENT_BODY - 40)}\n\n… (cut at GitHub's limit)` : o.body
  const res =
    o.commentId === undefined
      ? await o.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: o.owner,
          repo: o.repo,
          issue_number: o.issueNumber,
          body,
        })
      : await o.client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner: o.owner,
          repo: o.repo,
          comment_id: o.commentId,
          body,
        })
  const data = z.object({ id: z.number(), html_url: z.string() }).parse(res.data)
  return { id: data.id, url: data.html_url }
}
