import { isJsonObject, type Json, type JsonObject } from '../json.ts'
import { botLogin } from '../presenters/present-app.ts'
import { presentRepo } from '../presenters/present-repo.ts'
import { presentUser } from '../presenters/present-user.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, unprocessable } from '../sim-http-error.ts'
import { intParam, param, queryString, type SimRequest, type SimResponse } from '../sim-request.ts'
import { repoKey, type RepoState, type WorkflowRunState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))

/** Called after a dispatch creates a run, so a test or the sandbox can play the workflow. */
export type DispatchListener = (run: WorkflowRunState) => void

export async function presentWorkflowRun(core: SimCore, repo: RepoState, run: WorkflowRunState): Promise<JsonObject> {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const [c] = await core.git(repo).log(run.headSha, { max: 1 })
  const { permissions: _p, ...minimal } = presentRepo(core, repo, 'minimal')
  const at = `${api}/actions/runs/${run.id}`
  return {
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`011:WorkflowRun${run.id}`).toString('base64'),
    check_suite_id: run.id,
    check_suite_node_id: Buffer.from(`010:CheckSuite${run.id}`).toString('base64'),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowId}`,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.name,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowNumber(run.workflowId),
    url: at,
    html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: presentUser(core, run.actor),
    triggering_actor: presentUser(core, run.actor),
    run_attempt: 1,
    run_started_at: run.createdAt,
    jobs_url: `${at}/jobs`,
    logs_url: `${at}/logs`,
    check_suite_url: `${api}/check-suites/${run.id}`,
    artifacts_url: `${at}/artifacts`,
    cancel_url: `${at}/cancel`,
    rerun_url: `${at}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${workflowNumber(run.workflowId)}`,
    head_commit: {
      id: run.headSha,
      tree_id: c?.tree ?? run.headSha,
      message: c?.message ?? '',
      timestamp: c?.committer.date ?? run.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null,
    },
    repository: minimal,
    head_repository: minimal,
  }
}

/** A stable numeric id for a workflow file name (GitHub's workflow ids are numbers). */
function workflowNumber(workflowId: string): number {
  if (/^\d+$/.test(workflowId)) return Number(workflowId)
  let h = 7
  for (const ch of workflowId) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_007
  return h
}

/** Workflow dispatch (with `return_run_details`), workflow runs and their artifacts' metadata. */
export function actionsRoutes(onDispatch: () => DispatchListener[]): Route[] {
  const listRuns = async (req: SimRequest, core: SimCore, workflow?: string): Promise<SimResponse> => {
    const repo = repoOf(req, core)
    const f = {
      branch: queryString(req, 'branch'),
      event: queryString(req, 'event'),
      status: queryString(req, 'status'),
      sha: queryString(req, 'head_sha'),
      actor: queryString(req, 'actor'),
    }
    const runs = [...core.state.workflowRuns.values()]
      .filter(
        (r) =>
          r.repo === repoKey(repo) &&
          (!workflow || r.workflowId === workflow || String(workflowNumber(r.workflowId)) === workflow),
      )
      .filter(
        (r) =>
          (!f.branch || r.headBranch === f.branch) &&
          (!f.event || r.event === f.event) &&
          (!f.sha || r.headSha === f.sha) &&
          (!f.actor || r.actor === f.actor) &&
          (!f.status || r.status === f.status || r.conclusion === f.status),
      )
      .sort((a, b) => b.id - a.id)
    const items = await Promise.all(runs.map((r) => presentWorkflowRun(core, repo, r)))
    return {
      status: 200,
      page: { items, wrap: (page: Json[], total: number) => ({ total_count: total, workflow_runs: page }) },
    }
  }
  return [
    defineRoute('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', async (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const workflowId = param(req, 'workflow_id')
      const ref = String(body.ref)
      const sha = await resolveRef(core, repo, ref)
      if (!sha) throw unprocessable(`No ref found for: ${ref}`)
      if (!/^\d+$/.test(workflowId) && !(await core.git(repo).listPath(sha, `.github/workflows/${workflowId}`)))
        throw notFound()
      const at = core.state.timestamp()
      const runNumber =
        [...core.state.workflowRuns.values()].filter((r) => r.repo === repoKey(repo) && r.workflowId === workflowId)
          .length + 1
      const run: WorkflowRunState = {
        id: core.state.nextId('workflow_run'),
        repo: repoKey(repo),
        workflowId,
        runNumber,
        name: workflowId.replace(/\.ya?ml$/, ''),
        event: 'workflow_dispatch',
        status: 'queued',
        conclusion: null,
        headBranch: ref.replace(/^refs\/heads\//, ''),
        headSha: sha,
        inputs: isJsonObject(body.inputs) ? body.inputs : {},
        actor: botLogin(core),
        createdAt: at,
        updatedAt: at,
        artifacts: [],
      }
      core.state.workflowRuns.set(run.id, run)
      for (const listener of onDispatch()) listener(run)
      if (body.return_run_details !== true) return { status: 204 }
      return {
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: `${core.url}/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
          html_url: `${core.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
        },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/actions/runs', (req, core) => listRuns(req, core)),
    defineRoute('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (req, core) =>
      listRuns(req, core, param(req, 'workflow_id')),
    ),
    defineRoute('GET /repos/{owner}/{repo}/actions/runs/{run_id}', async (req, core) => {
      const repo = repoOf(req, core)
      const run = core.state.workflowRuns.get(intParam(req, 'run_id'))
      if (!run || run.repo !== repoKey(repo)) throw notFound()
      return { status: 200, body: await presentWorkflowRun(core, repo, run) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', (req, core) => {
      const repo = repoOf(req, core)
      const run = core.state.workflowRuns.get(intParam(req, 'run_id'))
      if (!run || run.repo !== repoKey(repo)) throw notFound()
      const api = `${core.url}/repos/${repo.owner}/${repo.name}`
      const name = queryString(req, 'name')
      const items = run.artifacts
        .filter((a) => !name || a.name === name)
        .map((a) => ({
          id: a.id,
          node_id: Buffer.from(`08:Artifact${a.id}`).toString('base64'),
          name: a.name,
          size_in_bytes: a.sizeInBytes,
          url: `${api}/actions/artifacts/${a.id}`,
          archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
          expired: a.expired,
          created_at: a.createdAt,
          expires_at: a.createdAt,
          updated_at: a.createdAt,
          workflow_run: {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: repo.id,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          },
        }))
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, artifacts: page }) } }
    }),
  ]
}
