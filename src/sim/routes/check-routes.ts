import { isJsonObject, type JsonObject } from '../json.ts'
import { presentCheckRun, presentCheckSuite } from '../presenters/present-check.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, unprocessable } from '../sim-http-error.ts'
import { intParam, param, queryString, type SimRequest } from '../sim-request.ts'
import type { CheckRunState, RepoState } from '../sim-state.ts'
import { repoKey } from '../sim-state.ts'
import { applyCheckRunBody, settleSuite, suiteFor } from './check-run-writes.ts'
import { checkRunEvent, checkSuiteEvent } from '../webhooks/check-payloads.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))
const bodyOf = (req: SimRequest): JsonObject => (isJsonObject(req.body) ? req.body : {})

function runOf(req: SimRequest, core: SimCore, repo: RepoState): CheckRunState {
  const run = core.state.checkRuns.get(intParam(req, 'check_run_id'))
  if (!run || run.repo !== repoKey(repo)) throw notFound()
  return run
}

/** Filters a list of runs the way `GET .../check-runs` does (`check_name`, `status`, `filter=latest`). */
function filterRuns(req: SimRequest, runs: CheckRunState[]): CheckRunState[] {
  const name = queryString(req, 'check_name')
  const status = queryString(req, 'status')
  let out = runs.filter((r) => (!name || r.name === name) && (!status || r.status === status))
  if ((queryString(req, 'filter') ?? 'latest') === 'latest') {
    const latest = new Map<string, CheckRunState>()
    for (const r of out) latest.set(r.name, r)
    out = [...latest.values()]
  }
  return out.sort((a, b) => b.id - a.id)
}

/** Check runs and check suites. */
export function checkRoutes(): Route[] {
  return [
    defineRoute('POST /repos/{owner}/{repo}/check-runs', async (req, core) => {
      const repo = repoOf(req, core)
      const body = bodyOf(req)
      const headSha = String(body.head_sha)
      const sha = await resolveRef(core, repo, headSha)
      if (!sha || !sha.startsWith(headSha.toLowerCase())) throw unprocessable(`No commit found for SHA: ${headSha}`)
      const suite = suiteFor(core, repo, sha)
      const at = core.state.timestamp()
      const run: CheckRunState = {
        id: core.state.nextId('check_run'),
        repo: repoKey(repo),
        headSha: sha,
        name: String(body.name),
        status: 'queued',
        conclusion: null,
        startedAt: at,
        completedAt: null,
        detailsUrl: core.url,
        externalId: '',
        output: { title: null, summary: null, text: null, annotations: [] },
        actions: [],
        checkSuiteId: suite.id,
        appId: core.app.id,
        writes: 0,
      }
      applyCheckRunBody(core, run, body)
      core.state.checkRuns.set(run.id, run)
      settleSuite(core, suite)
      return { status: 201, body: presentCheckRun(core, repo, run) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', (req, core) => {
      const repo = repoOf(req, core)
      return { status: 200, body: presentCheckRun(core, repo, runOf(req, core, repo)) }
    }),
    defineRoute('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', (req, core) => {
      const repo = repoOf(req, core)
      const run = runOf(req, core, repo)
      applyCheckRunBody(core, run, bodyOf(req))
      const suite = core.state.checkSuites.get(run.checkSuiteId)
      if (suite) settleSuite(core, suite)
      return { status: 200, body: presentCheckRun(core, repo, run) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', (req, core) => {
      const repo = repoOf(req, core)
      const run = runOf(req, core, repo)
      const blob = `${core.url}/${repo.owner}/${repo.name}/blob/${run.headSha}`
      const items = run.output.annotations.map((a) => ({
        path: a.path,
        blob_href: `${blob}/${a.path}`,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: typeof a.start_column === 'number' ? a.start_column : null,
        end_column: typeof a.end_column === 'number' ? a.end_column : null,
        annotation_level: a.annotation_level,
        title: typeof a.title === 'string' ? a.title : null,
        message: a.message,
        raw_details: typeof a.raw_details === 'string' ? a.raw_details : null,
      }))
      return { status: 200, page: { items } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest', (req, core) => {
      const repo = repoOf(req, core)
      const run = runOf(req, core, repo)
      core.emit('check_run', checkRunEvent(core, repo, run, 'rerequested'))
      return { status: 201, body: {} }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = await resolveRef(core, repo, param(req, 'ref'))
      const appId = req.query.app_id === undefined ? undefined : Number(req.query.app_id)
      const runs = sha
        ? filterRuns(
            req,
            core.state.checkRunsFor(repoKey(repo), sha).filter((r) => appId === undefined || r.appId === appId),
          )
        : []
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items }),
        },
      }
    }),
    defineRoute('POST /repos/{owner}/{repo}/check-suites', async (req, core) => {
      const repo = repoOf(req, core)
      const headSha = String(bodyOf(req).head_sha)
      const sha = await resolveRef(core, repo, headSha)
      if (!sha) throw unprocessable(`No commit found for SHA: ${headSha}`)
      const existed = [...core.state.checkSuites.values()].some(
        (s) => s.repo === repoKey(repo) && s.headSha === sha && s.appId === core.app.id,
      )
      const suite = suiteFor(core, repo, sha)
      return { status: existed ? 200 : 201, body: await presentCheckSuite(core, repo, suite) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/check-suites/{check_suite_id}', async (req, core) => {
      const repo = repoOf(req, core)
      const suite = core.state.checkSuites.get(intParam(req, 'check_suite_id'))
      if (!suite || suite.repo !== repoKey(repo)) throw notFound()
      return { status: 200, body: await presentCheckSuite(core, repo, suite) }
    }),
    defineRoute('POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest', async (req, core) => {
      const repo = repoOf(req, core)
      const suite = core.state.checkSuites.get(intParam(req, 'check_suite_id'))
      if (!suite || suite.repo !== repoKey(repo)) throw notFound()
      suite.rerequests++
      core.emit('check_suite', await checkSuiteEvent(core, repo, suite, 'rerequested'))
      return { status: 201, body: {} }
    }),
    defineRoute('GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs', (req, core) => {
      const repo = repoOf(req, core)
      const id = intParam(req, 'check_suite_id')
      const runs = filterRuns(
        req,
        [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === id && r.repo === repoKey(repo)),
      )
      return {
        status: 200,
        page: {
          items: runs.map((r) => presentCheckRun(core, repo, r)),
          wrap: (items, total) => ({ total_count: total, check_runs: items }),
        },
      }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits/{ref}/check-suites', async (req, core) => {
      const repo = repoOf(req, core)
      const sha = await resolveRef(core, repo, param(req, 'ref'))
      const suites = [...core.state.checkSuites.values()].filter((s) => s.repo === repoKey(repo) && s.headSha === sha)
      const items = await Promise.all(suites.map((s) => presentCheckSuite(core, repo, s)))
      return { status: 200, page: { items, wrap: (page, total) => ({ total_count: total, check_suites: page }) } }
    }),
  ]
}
