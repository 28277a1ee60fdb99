import { isJsonObject, type JsonObject } from '../json.ts'
import { presentDeployment } from '../routes/deployment-routes.ts'
import type { SimCore } from '../sim-core.ts'
import type { DeploymentState, DeploymentStatusState, RepoState } from '../sim-state.ts'
import { retarget, webhookUser, webhookTemplate } from './webhook-template.ts'

/** The deployment object as webhooks carry it (the REST shape, creator as a webhook user). */
function deploymentJson(core: SimCore, repo: RepoState, d: DeploymentState, tpl: JsonObject): JsonObject {
  const rest = presentDeployment(core, repo, d)
  return { ...tpl, ...rest, creator: webhookUser(core, d.creator, tpl.creator), performed_via_github_app: null }
}

/** A `deployment.created` event for a simulated deployment. */
export function deploymentEvent(core: SimCore, repo: RepoState, d: DeploymentState, sender = d.creator): JsonObject {
  const p = retarget(core, webhookTemplate('deployment.created'), repo)
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {})
  p.sender = webhookUser(core, sender, p.sender)
  return p
}

/** A `deployment_status.created` event for one status of a simulated deployment. */
export function deploymentStatusEvent(
  core: SimCore,
  repo: RepoState,
  d: DeploymentState,
  s: DeploymentStatusState,
): JsonObject {
  const p = retarget(core, webhookTemplate('deployment_status.created'), repo)
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const tpl = isJsonObject(p.deployment_status) ? p.deployment_status : {}
  p.deployment = deploymentJson(core, repo, d, isJsonObject(p.deployment) ? p.deployment : {})
  const { log_url: _l, ...tplRest } = tpl
  p.deployment_status = {
    ...tplRest,
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString('base64'),
    state: s.state,
    creator: webhookUser(core, s.creator, tpl.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
  }
  p.sender = webhookUser(core, s.creator, p.sender)
  return p
}
