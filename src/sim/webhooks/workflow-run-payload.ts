import { isJsonObject, type JsonObject } from '../json.ts'
import { presentWorkflowRun } from '../routes/actions-routes.ts'
import type { SimCore } from '../sim-core.ts'
import type { RepoState, WorkflowRunState } from '../sim-state.ts'
import { retarget, webhookRepo, webhookUser, webhookTemplate } from './webhook-template.ts'

/** A `workflow_run` event (`requested` when dispatched, `completed` when finished) for a simulated run. */
export async function workflowRunEvent(
  core: SimCore,
  repo: RepoState,
  run: WorkflowRunState,
  action: 'requested' | 'completed',
): Promise<JsonObject> {
  const p = retarget(core, webhookTemplate(`workflow_run.${action}`), repo)
  const tpl = isJsonObject(p.workflow_run) ? p.workflow_run : {}
  const rest = await presentWorkflowRun(core, repo, run)
  const actor = webhookUser(core, run.actor, tpl.actor ?? p.sender)
  const wf = isJsonObject(p.workflow) ? p.workflow : {}
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const workflowId = typeof rest.workflow_id === 'number' ? rest.workflow_id : 0
  p.workflow = {
    ...wf,
    id: workflowId,
    name: run.name,
    path: `.github/workflows/${run.workflowId}`,
    url: `${api}/actions/workflows/${workflowId}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/.github/workflows/${run.workflowId}`,
    badge_url: `${core.url}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(run.name)}/badge.svg`,
  }
  p.workflow_run = {
    ...tpl,
    ...rest,
    actor,
    triggering_actor: actor,
    repository: webhookRepo(core, repo, tpl.repository),
    head_repository: webhookRepo(core, repo, tpl.head_repository),
  }
  p.sender = actor
  return p
}
