import type { SimCore } from './sim-core.ts'
import type { PullState } from './sim-state.ts'
import { resolveRef } from './resolve-ref.ts'
import { pullRequestEvent } from './webhooks/pull-request-payload.ts'
import type { Delivery, WebhookSender } from './webhooks/webhook-sender.ts'

export interface UpdatePullRequestOptions {
  owner: string
  repo: string
  number: number
  /**
   * `synchronize` re-reads the head branch from git (commit to it first), `closed`,
   * `reopened` and `ready_for_review` change the state as GitHub does.
   */
  action: 'synchronize' | 'closed' | 'reopened' | 'ready_for_review'
  /** Who did it (default: the PR author). */
  sender?: string
  /** Send the event to the configured webhook URL (default: when one is configured). */
  emit?: boolean
}

/** Changes a simulated PR and, if asked, delivers the matching `pull_request` event. */
export async function updatePullRequest(
  core: SimCore,
  webhooks: WebhookSender,
  o: UpdatePullRequestOptions,
): Promise<{ pull: PullState; delivery: Delivery | undefined }> {
  const repo = core.state.repo(o.owner, o.repo)
  const pull = core.state.pull(repo, o.number)
  const before = pull.headSha
  if (o.action === 'synchronize') {
    const sha = await resolveRef(core, repo, pull.head)
    if (!sha) throw new Error(`updatePullRequest: branch ${pull.head} no longer exists in ${repo.gitDir}`)
    pull.headSha = sha
  }
  if (o.action === 'closed') pull.state = 'closed'
  if (o.action === 'reopened') pull.state = 'open'
  if (o.action === 'ready_for_review') pull.draft = false
  pull.updatedAt = core.state.timestamp()
  const emit = o.emit ?? webhooks.target !== undefined
  const delivery = emit
    ? await webhooks.send({
        event: 'pull_request',
        payload: pullRequestEvent(core, repo, pull, o.action, o.sender ?? pull.user, before),
      })
    : undefined
  return { pull, delivery }
}
