import type { JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { CheckRunState, CheckSuiteState, RepoState } from '../sim-state.ts'
import { repoKey } from '../sim-state.ts'
import { presentApp } from './present-app.ts'
import { presentRepo } from './present-repo.ts'

/** `pull-request-minimal` entries for the open PRs whose head is `sha`, as check objects carry. */
export function pullsAt(core: SimCore, repo: RepoState, sha: string): JsonObject[] {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const side = (ref: string, s: string): JsonObject => ({
    ref,
    sha: s,
    repo: { id: repo.id, url: api, name: repo.name },
  })
  return [...core.state.pulls.values()]
    .filter((p) => p.repo === repoKey(repo) && p.state === 'open' && p.headSha === sha)
    .map((p) => ({
      id: p.number * 1000 + repo.id,
      number: p.number,
      url: `${api}/pulls/${p.number}`,
      head: side(p.head, p.headSha),
      base: side(p.base, p.baseSha),
    }))
}

/** A `check-run`. */
export function presentCheckRun(core: SimCore, repo: RepoState, run: CheckRunState): JsonObject {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString('base64'),
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${core.url}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: presentApp(core),
    pull_requests: pullsAt(core, repo, run.headSha),
  }
}

/** A `check-suite`; `head_commit` needs git, so this is async. */
export async function presentCheckSuite(core: SimCore, repo: RepoState, suite: CheckSuiteState): Promise<JsonObject> {
  const api = `${core.url}/repos/${repo.owner}/${repo.name}`
  const [c] = await core.git(repo).log(suite.headSha, { max: 1 })
  const runs = [...core.state.checkRuns.values()].filter((r) => r.checkSuiteId === suite.id)
  return {
    id: suite.id,
    node_id: Buffer.from(`010:CheckSuite${suite.id}`).toString('base64'),
    head_branch: suite.headBranch,
    head_sha: suite.headSha,
    status: suite.status,
    conclusion: suite.conclusion,
    url: `${api}/check-suites/${suite.id}`,
    before: c?.parents[0] ?? null,
    after: suite.headSha,
    pull_requests: pullsAt(core, repo, suite.headSha),
    created_at: suite.createdAt,
    updated_at: suite.updatedAt,
    app: presentApp(core),
    repository: presentRepo(core, repo, 'minimal'),
    head_commit: {
      id: suite.headSha,
      tree_id: c?.tree ?? suite.headSha,
      message: c?.message ?? '',
      timestamp: c?.committer.date ?? suite.createdAt,
      author: c ? { name: c.author.name, email: c.author.email } : null,
      committer: c ? { name: c.committer.name, email: c.committer.email } : null,
    },
    latest_check_runs_count: new Set(runs.map((r) => r.name)).size,
    check_runs_url: `${api}/check-suites/${suite.id}/check-runs`,
    rerequestable: true,
    runs_rerequestable: true,
  }
}
