import type { GitHubClient } from '../../op/github-client.ts'

/** The reactions oda puts on a command comment. */
export type CommandReaction = 'eyes' | 'rocket' | '-1' | 'confused'

/** Adds a reaction to an issue or PR comment (GitHub answers 200 for one that is there already). */
export async function addCommentReaction(o: {
  client: GitHubClient
  owner: string
  repo: string
  commentId: number
  content: CommandReaction
}): Promise<void> {
  await o.client.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
    owner: o.owner,
    repo: o.repo,
    comment_id: o.commentId,
    content: o.content,
  })
}
