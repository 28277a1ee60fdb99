import { isJsonObject, type Json, type JsonObject } from '../json.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { notFound, unprocessable } from '../sim-http-error.ts'
import { param, type SimRequest } from '../sim-request.ts'
import { repoKey, type RepoState, type RulesetState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))

function presentRuleset(core: SimCore, repo: RepoState, r: RulesetState, full: boolean): JsonObject {
  const url = `${core.url}/repos/${repo.owner}/${repo.name}/rulesets/${r.id}`
  const summary: JsonObject = {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${repo.owner}/${repo.name}`,
    enforcement: r.enforcement,
    node_id: Buffer.from(`RRS_${r.id}`).toString('base64'),
    _links: { self: { href: url }, html: { href: `https://github.com/${repo.owner}/${repo.name}/rules/${r.id}` } },
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  }
  // Like GitHub, the list leaves out conditions, rules and bypass actors; the single GET has them.
  if (!full) return summary
  return {
    ...summary,
    bypass_actors: r.bypassActors,
    current_user_can_bypass: 'never',
    conditions: r.conditions,
    rules: r.rules,
  }
}

function rulesetOf(req: SimRequest, core: SimCore, repo: RepoState): RulesetState {
  const r = core.state.rulesets.get(Number(param(req, 'ruleset_id')))
  if (!r || r.repo !== repoKey(repo)) throw notFound()
  return r
}

function assertUniqueName(core: SimCore, repo: RepoState, name: string, id?: number): void {
  for (const r of core.state.rulesets.values())
    if (r.repo === repoKey(repo) && r.name === name && r.id !== id)
      throw unprocessable('Validation Failed: Name must be unique')
}

const arrayField = (body: JsonObject, key: string): Json[] | undefined =>
  Array.isArray(body[key]) ? (body[key] as Json[]) : undefined

/** Repository rulesets: what `oda protect` reads and writes to require the oda checks. */
export function rulesetRoutes(): Route[] {
  return [
    defineRoute('GET /repos/{owner}/{repo}/rulesets', (req, core) => {
      const repo = repoOf(req, core)
      const items = [...core.state.rulesets.values()]
        .filter((r) => r.repo === repoKey(repo))
        .sort((a, b) => a.id - b.id)
        .map((r) => presentRuleset(core, repo, r, false))
      return { status: 200, page: { items } }
    }),
    defineRoute('POST /repos/{owner}/{repo}/rulesets', (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const name = String(body.name)
      assertUniqueName(core, repo, name)
      const at = core.state.timestamp()
      const r: RulesetState = {
        id: core.state.nextId('ruleset'),
        repo: repoKey(repo),
        name,
        target: typeof body.target === 'string' ? body.target : 'branch',
        enforcement: String(body.enforcement),
        bypassActors: arrayField(body, 'bypass_actors') ?? [],
        conditions: isJsonObject(body.conditions) ? body.conditions : {},
        rules: arrayField(body, 'rules') ?? [],
        createdAt: at,
        updatedAt: at,
      }
      core.state.rulesets.set(r.id, r)
      return { status: 201, body: presentRuleset(core, repo, r, true) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', (req, core) => {
      const repo = repoOf(req, core)
      return { status: 200, body: presentRuleset(core, repo, rulesetOf(req, core, repo), true) }
    }),
    defineRoute('PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}', (req, core) => {
      const repo = repoOf(req, core)
      const r = rulesetOf(req, core, repo)
      const body = isJsonObject(req.body) ? req.body : {}
      if (typeof body.name === 'string') {
        assertUniqueName(core, repo, body.name, r.id)
        r.name = body.name
      }
      if (typeof body.target === 'string') r.target = body.target
      if (typeof body.enforcement === 'string') r.enforcement = body.enforcement
      r.bypassActors = arrayField(body, 'bypass_actors') ?? r.bypassActors
      if (isJsonObject(body.conditions)) r.conditions = body.conditions
      r.rules = arrayField(body, 'rules') ?? r.rules
      r.updatedAt = core.state.timestamp()
      return { status: 200, body: presentRuleset(core, repo, r, true) }
    }),
  ]
}
