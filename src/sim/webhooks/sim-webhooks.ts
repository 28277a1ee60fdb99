import type { JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound } from '../sim-http-error.ts'
import type { CommentState } from '../sim-state.ts'
import { repoKey } from '../sim-state.ts'
import { suiteFor } from '../routes/check-run-writes.ts'
import { checkRunEvent, checkSuiteEvent } from './check-payloads.ts'
import { deploymentEvent, deploymentStatusEvent } from './deployment-payloads.ts'
import { issueCommentEvent } from './issue-comment-payload.ts'
import { workflowRunEvent } from './workflow-run-payload.ts'
import { pullRequestEvent } from './pull-request-payload.ts'
import { WebhookSender } from './webhook-sender.ts'

type RepoRef = { owner: string; repo: string }

/**
 * Webhooks with payload builders that speak of the simulator's state: the builders
 * return payloads (from @octokit/webhooks-examples, retargeted) and `send` POSTs them.
 */
export class SimWebhooks extends WebhookSender {
  readonly #core: () => SimCore

  constructor(core: () => SimCore, target?: { url: string; secret: string }) {
    super(target)
    this.#core = core
  }

  /** `pull_request` payload for a PR the simulator holds. */
  pullRequest(
    o: RepoRef & {
      number: number
      action?: 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'closed' | 'labeled'
      sender?: string
    },
  ): JsonObject {
    const core = this.#core()
    const repo = core.state.repo(o.owner, o.repo)
    const pr = core.state.pull(repo, o.number)
    return pullRequestEvent(core, repo, pr, o.action ?? 'opened', o.sender ?? pr.user)
  }

  /** `check_run` payload; `requested_action` needs the button's `identifier`. */
  checkRun(o: {
    checkRunId: number
    action: 'created' | 'completed' | 'rerequested' | 'requested_action'
    identifier?: string
    sender?: string
  }): JsonObject {
    const core = this.#core()
    const run = core.state.checkRuns.get(o.checkRunId)
    if (!run) throw notFound()
    const [owner = '', name = ''] = run.repo.split('/')
    return checkRunEvent(core, core.state.repo(owner, name), run, o.action, {
      ...(o.identifier ? { identifier: o.identifier } : {}),
      ...(o.sender ? { sender: o.sender } : {}),
    })
  }

  /** `check_suite` payload; for `requested` on a commit without a suite yet, one is created. */
  async checkSuite(
    o: RepoRef & { sha?: string; checkSuiteId?: number; action: 'requested' | 'rerequested' | 'completed' },
  ): Promise<JsonObject> {
    const core = this.#core()
    const repo = core.state.repo(o.owner, o.repo)
    const suite =
      o.checkSuiteId !== undefined
        ? core.state.checkSuites.get(o.checkSuiteId)
        : o.sha
          ? suiteFor(core, repo, o.sha)
          : undefined
    if (!suite) throw notFound()
    return checkSuiteEvent(core, repo, suite, o.action)
  }

  /**
   * A PR comment: records it in state (as if `user` wrote it on github.com) and returns the
   * `issue_comment.created` payload. Slash commands are tested this way.
   */
  issueComment(o: RepoRef & { number: number; body: string; user: string }): {
    comment: CommentState
    payload: JsonObject
  } {
    const core = this.#core()
    const repo = core.state.repo(o.owner, o.repo)
    const pr = core.state.pull(repo, o.number)
    const at = core.state.timestamp()
    const comment: CommentState = {
      id: core.state.nextId('comment'),
      repo: repoKey(repo),
      issueNumber: o.number,
      body: o.body,
      user: o.user,
      createdAt: at,
      updatedAt: at,
    }
    core.state.comments.set(comment.id, comment)
    return { comment, payload: issueCommentEvent(core, repo, pr, comment, 'created') }
  }

  /** `deployment.created` payload for a deployment the simulator holds. */
  deployment(o: { deploymentId: number }): JsonObject {
    const core = this.#core()
    const d = core.state.deployments.get(o.deploymentId)
    if (!d) throw notFound()
    const [owner = '', name = ''] = d.repo.split('/')
    return deploymentEvent(core, core.state.repo(owner, name), d)
  }

  /** `deployment_status.created` payload; the latest status unless `statusId` is given. */
  deploymentStatus(o: { deploymentId: number; statusId?: number }): JsonObject {
    const core = this.#core()
    const d = core.state.deployments.get(o.deploymentId)
    const s = o.statusId === undefined ? d?.statuses.at(-1) : d?.statuses.find((x) => x.id === o.statusId)
    if (!d || !s) throw notFound()
    const [owner = '', name = ''] = d.repo.split('/')
    return deploymentStatusEvent(core, core.state.repo(owner, name), d, s)
  }

  /** `workflow_run` payload for a run the simulator holds (dispatched through the API). */
  async workflowRun(o: { runId: number; action: 'requested' | 'completed' }): Promise<JsonObject> {
    const core = this.#core()
    const run = core.state.workflowRuns.get(o.runId)
    if (!run) throw notFound()
    const [owner = '', name = ''] = run.repo.split('/')
    return workflowRunEvent(core, core.state.repo(owner, name), run, o.action)
  }
}
