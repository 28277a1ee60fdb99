import { isJsonObject, type Json, type JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { AnnotationState, CheckRunState, CheckSuiteState, RepoState } from '../sim-state.ts'
import { repoKey } from '../sim-state.ts'

/** The suite an app's runs on a commit belong to; GitHub creates it with the first run. */
export function suiteFor(core: SimCore, repo: RepoState, headSha: string): CheckSuiteState {
  const key = repoKey(repo)
  const existing = [...core.state.checkSuites.values()].find(
    (s) => s.repo === key && s.headSha === headSha && s.appId === core.app.id,
  )
  if (existing) return existing
  const pr = [...core.state.pulls.values()].find((p) => p.repo === key && p.headSha === headSha)
  const at = core.state.timestamp()
  const suite: CheckSuiteState = {
    id: core.state.nextId('check_suite'),
    repo: key,
    headSha,
    headBranch: pr?.head ?? null,
    appId: core.app.id,
    status: 'queued',
    conclusion: null,
    createdAt: at,
    updatedAt: at,
    rerequests: 0,
  }
  core.state.checkSuites.set(suite.id, suite)
  return suite
}

const severity = ['action_required', 'cancelled', 'timed_out', 'failure', 'neutral', 'skipped', 'success', 'stale']

/** Recomputes a suite's status and conclusion from its latest run per name, as GitHub does. */
export function settleSuite(core: SimCore, suite: CheckSuiteState): void {
  const latest = new Map<string, CheckRunState>()
  for (const r of core.state.checkRuns.values()) if (r.checkSuiteId === suite.id) latest.set(r.name, r)
  const runs = [...latest.values()]
  suite.updatedAt = core.state.timestamp()
  if (runs.length === 0) return
  if (runs.every((r) => r.status === 'completed')) {
    suite.status = 'completed'
    suite.conclusion =
      [...runs.map((r) => r.conclusion ?? 'neutral')].sort((a, b) => severity.indexOf(a) - severity.indexOf(b))[0] ??
      'neutral'
  } else {
    suite.status = runs.some((r) => r.status === 'in_progress' || r.status === 'completed') ? 'in_progress' : 'queued'
    suite.conclusion = null
  }
}

/** Applies a create or update body to a run: status, conclusion, output (annotations append). */
export function applyCheckRunBody(core: SimCore, run: CheckRunState, body: JsonObject): void {
  const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined)
  if (str(body.name)) run.name = str(body.name) ?? run.name
  if (body.details_url !== undefined) run.detailsUrl = str(body.details_url) ?? null
  if (body.external_id !== undefined) run.externalId = str(body.external_id) ?? null
  if (str(body.started_at)) run.startedAt = str(body.started_at) ?? run.startedAt
  if (str(body.status)) run.status = str(body.status) ?? run.status
  if (str(body.conclusion)) {
    run.conclusion = str(body.conclusion) ?? null
    run.status = 'completed'
  }
  if (run.status === 'completed') run.completedAt = str(body.completed_at) ?? run.completedAt ?? core.state.timestamp()
  else if (body.status !== undefined) {
    run.conclusion = null
    run.completedAt = null
  }
  if (isJsonObject(body.output)) {
    const o = body.output
    if (o.title !== undefined) run.output.title = str(o.title) ?? null
    if (o.summary !== undefined) run.output.summary = str(o.summary) ?? null
    if (o.text !== undefined) run.output.text = str(o.text) ?? null
    for (const a of Array.isArray(o.annotations) ? o.annotations : [])
      if (isAnnotation(a)) run.output.annotations.push(a)
  }
  if (Array.isArray(body.actions)) run.actions = body.actions.filter(isJsonObject)
  run.writes++
}

function isAnnotation(a: Json): a is AnnotationState {
  return (
    isJsonObject(a) &&
    typeof a.path === 'string' &&
    typeof a.start_line === 'number' &&
    typeof a.end_line === 'number' &&
    typeof a.annotation_level === 'string' &&
    typeof a.message === 'string'
  )
}
