import { isJsonObject, type Json, type JsonObject } from '../json.ts'
import { botLogin } from '../presenters/present-app.ts'
import { presentUser } from '../presenters/present-user.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, SimHttpError, unprocessable } from '../sim-http-error.ts'
import { intParam, param, queryString, type SimRequest } from '../sim-request.ts'
import { repoKey, type DeploymentState, type DeploymentStatusState, type RepoState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined)

export function presentDeployment(core: SimCore, repo: RepoState, d: DeploymentState): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: Buffer.from(`010:Deployment${d.id}`).toString('base64'),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: presentUser(core, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  }
}

function presentDeploymentStatus(
  core: SimCore,
  repo: RepoState,
  d: DeploymentState,
  s: DeploymentStatusState,
): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString('base64'),
    state: s.state,
    creator: presentUser(core, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  }
}

function deploymentOf(req: SimRequest, core: SimCore, repo: RepoState): DeploymentState {
  const d = core.state.deployments.get(intParam(req, 'deployment_id'))
  if (!d || d.repo !== repoKey(repo)) throw notFound()
  return d
}

/**
 * Contexts that are not green on `sha`: GitHub refuses a deployment (409) unless every
 * required context (all of them, when `required_contexts` is omitted) succeeded.
 */
function failingContexts(core: SimCore, repo: RepoState, sha: string, required: string[] | undefined): JsonObject[] {
  const latest = new Map<string, string>()
  for (const s of [...core.state.statuses.values()].filter((x) => x.repo === repoKey(repo) && x.sha === sha))
    latest.set(s.context, s.state)
  for (const r of core.state.checkRunsFor(repoKey(repo), sha))
    latest.set(
      r.name,
      r.status === 'completed'
        ? r.conclusion === 'success' || r.conclusion === 'skipped' || r.conclusion === 'neutral'
          ? 'success'
          : 'failure'
        : 'pending',
    )
  const names = required ?? [...latest.keys()]
  return names
    .filter((n) => latest.get(n) !== 'success')
    .map((n) => ({ context: n, state: latest.get(n) ?? 'missing' }))
}

/** Deployments and deployment statuses, with GitHub's filters and auto-inactivation. */
export function deploymentRoutes(): Route[] {
  return [
    defineRoute('GET /repos/{owner}/{repo}/deployments', (req, core) => {
      const repo = repoOf(req, core)
      const f = {
        sha: queryString(req, 'sha'),
        ref: queryString(req, 'ref'),
        task: queryString(req, 'task'),
        environment: queryString(req, 'environment'),
      }
      const ok = (want: string | undefined, have: string): boolean =>
        want === undefined || want === 'none' || want === have
      const list = [...core.state.deployments.values()]
        .filter(
          (d) =>
            d.repo === repoKey(repo) &&
            ok(f.sha, d.sha) &&
            ok(f.ref, d.ref) &&
            ok(f.task, d.task) &&
            ok(f.environment, d.environment),
        )
        .sort((a, b) => b.id - a.id)
      return { status: 200, page: { items: list.map((d) => presentDeployment(core, repo, d)) } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/deployments', async (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const ref = String(body.ref)
      const sha = await resolveRef(core, repo, ref)
      if (!sha) throw unprocessable(`No ref found for: ${ref}`)
      const required = Array.isArray(body.required_contexts) ? body.required_contexts.map(String) : undefined
      const failing = failingContexts(core, repo, sha, required)
      if (failing.length > 0)
        throw new SimHttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: [{ contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
        })
      const environment = str(body.environment) ?? 'production'
      const at = core.state.timestamp()
      const payload: Json = typeof body.payload === 'string' ? safeJson(body.payload) : (body.payload ?? {})
      const d: DeploymentState = {
        id: core.state.nextId('deployment'),
        repo: repoKey(repo),
        sha,
        ref,
        task: str(body.task) ?? 'deploy',
        payload,
        environment,
        description: str(body.description) ?? null,
        creator: botLogin(core),
        transientEnvironment: body.transient_environment === true,
        productionEnvironment:
          typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
        createdAt: at,
        updatedAt: at,
        statuses: [],
      }
      core.state.deployments.set(d.id, d)
      return { status: 201, body: presentDeployment(core, repo, d) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/deployments/{deployment_id}', (req, core) => {
      const repo = repoOf(req, core)
      return { status: 200, body: presentDeployment(core, repo, deploymentOf(req, core, repo)) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req, core) => {
      const repo = repoOf(req, core)
      const d = deploymentOf(req, core, repo)
      return {
        status: 200,
        page: { items: [...d.statuses].reverse().map((s) => presentDeploymentStatus(core, repo, d, s)) },
      }
    }),
    defineRoute('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req, core) => {
      const repo = repoOf(req, core)
      const d = deploymentOf(req, core, repo)
      const body = isJsonObject(req.body) ? req.body : {}
      const at = core.state.timestamp()
      const s: DeploymentStatusState = {
        id: core.state.nextId('deployment_status'),
        state: String(body.state),
        description: str(body.description) ?? '',
        environment: str(body.environment) ?? d.environment,
        logUrl: str(body.log_url) ?? str(body.target_url) ?? '',
        environmentUrl: str(body.environment_url) ?? '',
        creator: botLogin(core),
        createdAt: at,
      }
      d.statuses.push(s)
      d.updatedAt = at
      // auto_inactive (default true): a success marks older non-transient deployments of the environment inactive.
      if (s.state === 'success' && body.auto_inactive !== false) {
        for (const other of core.state.deployments.values()) {
          if (
            other.id === d.id ||
            other.repo !== d.repo ||
            other.environment !== d.environment ||
            other.transientEnvironment
          )
            continue
          const last = other.statuses.at(-1)
          if (last && last.state !== 'inactive')
            other.statuses.push({
              ...last,
              id: core.state.nextId('deployment_status'),
              state: 'inactive',
              description: '',
              createdAt: at,
            })
        }
      }
      return { status: 201, body: presentDeploymentStatus(core, repo, d, s) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}', (req, core) => {
      const repo = repoOf(req, core)
      const d = deploymentOf(req, core, repo)
      const s = d.statuses.find((x) => x.id === intParam(req, 'status_id'))
      if (!s) throw notFound()
      return { status: 200, body: presentDeploymentStatus(core, repo, d, s) }
    }),
  ]
}

function safeJson(text: string): Json {
  try {
    const v: Json = JSON.parse(text)
    return v
  } catch {
    return text
  }
}
