import type { SimCore } from './sim-core.ts'
import { repoKey, type PullState } from './sim-state.ts'
import { resolveRef } from './resolve-ref.ts'
import { pullRequestEvent } from './webhooks/pull-request-payload.ts'
import type { Delivery, WebhookSender } from './webhooks/webhook-sender.ts'

export interface OpenPullRequestOptions {
  owner: string
  repo: string
  /** Branch with the changes. */
  head: string
  /** Target branch; the repo's default branch when omitted. */
  base?: string
  title?: string
  body?: string
  /** Author login (default: the repo owner). */
  user?: string
  /**
   * The head branch is in a fork owned by this login (`<fork>/<repo>`): the pull request's
   * `head.repo` names the fork. Its commits are served from the same git directory.
   */
  fork?: string
  draft?: boolean
  /** Send `pull_request.opened` to the configured webhook URL (default: when one is configured). */
  emit?: boolean
}

/** Creates PR state from two branches of a served repo and, if asked, delivers `pull_request.opened`. */
export async function openPullRequest(
  core: SimCore,
  webhooks: WebhookSender,
  o: OpenPullRequestOptions,
): Promise<{ pull: PullState; delivery: Delivery | undefined }> {
  const repo = core.state.repo(o.owner, o.repo)
  const base = o.base ?? repo.defaultBranch
  const [headSha, baseSha] = await Promise.all([resolveRef(core, repo, o.head), resolveRef(core, repo, base)])
  if (!headSha) throw new Error(`openPullRequest: branch ${o.head} not found in ${repo.gitDir}`)
  if (!baseSha) throw new Error(`openPullRequest: branch ${base} not found in ${repo.gitDir}`)
  const at = core.state.timestamp()
  const number = repo.nextIssueNumber++
  const pull: PullState = {
    repo: repoKey(repo),
    number,
    title: o.title ?? `Merge ${o.head} into ${base}`,
    body: o.body ?? null,
    user: o.user ?? repo.owner,
    head: o.head,
    ...(o.fork ? { headOwner: o.fork } : {}),
    base,
    headSha,
    baseSha,
    state: 'open',
    draft: o.draft ?? false,
    merged: false,
    labels: [],
    createdAt: at,
    updatedAt: at,
  }
  core.state.pulls.set(`${repoKey(repo)}#${number}`, pull)
  const emit = o.emit ?? webhooks.target !== undefined
  const delivery = emit
    ? await webhooks.send({ event: 'pull_request', payload: pullRequestEvent(core, repo, pull, 'opened') })
    : undefined
  return { pull, delivery }
}
