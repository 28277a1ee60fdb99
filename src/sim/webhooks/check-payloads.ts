import { isJsonObject, type JsonObject } from '../json.ts'
import { presentCheckRun, presentCheckSuite } from '../presenters/present-check.ts'
import { botLogin } from '../presenters/present-app.ts'
import type { SimCore } from '../sim-core.ts'
import type { CheckRunState, CheckSuiteState, RepoState } from '../sim-state.ts'
import { retarget, webhookUser, webhookTemplate } from './webhook-template.ts'

/** A `check_run` event for a simulated run; `requested_action` carries the button's identifier. */
export function checkRunEvent(
  core: SimCore,
  repo: RepoState,
  run: CheckRunState,
  action: 'created' | 'completed' | 'rerequested' | 'requested_action',
  options: { identifier?: string; sender?: string } = {},
): JsonObject {
  const p = retarget(core, webhookTemplate(`check_run.${action}`), repo)
  const tpl = isJsonObject(p.check_run) ? p.check_run : {}
  const rest = presentCheckRun(core, repo, run)
  const suite = core.state.checkSuites.get(run.checkSuiteId)
  const tplSuite = isJsonObject(tpl.check_suite) ? tpl.check_suite : {}
  p.check_run = {
    ...tpl,
    ...rest,
    check_suite: {
      ...tplSuite,
      id: run.checkSuiteId,
      head_sha: run.headSha,
      head_branch: suite?.headBranch ?? null,
      status: suite?.status ?? 'queued',
      conclusion: suite?.conclusion ?? null,
      app: rest.app ?? null,
      pull_requests: rest.pull_requests ?? [],
      url: `${core.url}/repos/${repo.owner}/${repo.name}/check-suites/${run.checkSuiteId}`,
      before: tplSuite.before ?? null,
      after: run.headSha,
      created_at: suite?.createdAt ?? run.startedAt,
      updated_at: suite?.updatedAt ?? run.startedAt,
    },
  }
  if (action === 'requested_action') p.requested_action = { identifier: options.identifier ?? '' }
  else delete p.requested_action
  p.sender = webhookUser(core, options.sender ?? botLogin(core), p.sender)
  return p
}

/** A `check_suite` event for a simulated suite. */
export async function checkSuiteEvent(
  core: SimCore,
  repo: RepoState,
  suite: CheckSuiteState,
  action: 'requested' | 'rerequested' | 'completed',
  sender = repo.owner,
): Promise<JsonObject> {
  const p = retarget(core, webhookTemplate(`check_suite.${action}`), repo)
  const tpl = isJsonObject(p.check_suite) ? p.check_suite : {}
  const rest = await presentCheckSuite(core, repo, suite)
  const { repository: _r, ...fields } = rest
  p.check_suite = { ...tpl, ...fields }
  p.sender = webhookUser(core, sender, p.sender)
  return p
}
