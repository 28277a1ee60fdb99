import type { Simulator } from '../../../src/sim/start-simulator.ts'
import type { Bed } from './harness.ts'

/** What the App did with one comment: its status comments and the reactions on the comment. */
export interface CommentOutcome {
  commentId: number
  deliveryId: string
  status: string[]
  reactions: string[]
}

/** Posts a comment on PR/issue `number` as `user` (a signed `issue_comment.created`) and waits until the App is done. */
export async function comment(
  bed: Bed,
  o: { number: number; body: string; user: string; owner?: string; repo?: string },
): Promise<CommentOutcome> {
  const owner = o.owner ?? 'acme'
  const repo = o.repo ?? 'shop'
  const before = statusComments(bed.sim, o.number).map((c) => c.id)
  const { comment: c, payload } = bed.sim.webhooks.issueComment({
    owner,
    repo,
    number: o.number,
    body: o.body,
    user: o.user,
  })
  const delivery = await bed.sim.webhooks.send({ event: 'issue_comment', payload })
  if (delivery.status !== 200) throw new Error(`webhook answered ${delivery.status}: ${delivery.responseBody}`)
  await bed.app.idle()
  return {
    commentId: c.id,
    deliveryId: delivery.id,
    status: statusComments(bed.sim, o.number)
      .filter((x) => !before.includes(x.id))
      .map((x) => x.body),
    reactions: reactionsOn(bed.sim, c.id),
  }
}

/** oda's status comments on an issue, oldest first. */
export function statusComments(sim: Simulator, number: number): { id: number; body: string }[] {
  return [...sim.state.comments.values()]
    .filter((c) => c.issueNumber === number && c.body.includes('<!-- oda:command-status -->'))
    .map((c) => ({ id: c.id, body: c.body }))
}

/** Reactions on a comment, in the order they were added. */
export function reactionsOn(sim: Simulator, commentId: number): string[] {
  return [...sim.state.reactions.values()].filter((r) => r.subject === `comment:${commentId}`).map((r) => r.content)
}
