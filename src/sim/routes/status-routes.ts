import { isJsonObject, type JsonObject } from '../json.ts'
import { botLogin } from '../presenters/present-app.ts'
import { presentRepo } from '../presenters/present-repo.ts'
import { presentUser } from '../presenters/present-user.ts'
import { resolveRef } from '../resolve-ref.ts'
import { defineRoute, type Route } from '../route.ts'
import type { SimCore } from '../sim-core.ts'
import { unprocessable } from '../sim-http-error.ts'
import { param, type SimRequest } from '../sim-request.ts'
import { repoKey, type RepoState, type StatusState } from '../sim-state.ts'

const repoOf = (req: SimRequest, core: SimCore): RepoState => core.state.repo(param(req, 'owner'), param(req, 'repo'))

function presentStatus(core: SimCore, repo: RepoState, s: StatusState): JsonObject {
  return {
    url: `${core.url}/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: Buffer.from(`06:Status${s.id}`).toString('base64'),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: presentUser(core, s.creator),
  }
}

async function statusesAt(
  core: SimCore,
  repo: RepoState,
  ref: string,
): Promise<{ sha: string | undefined; list: StatusState[] }> {
  const sha = await resolveRef(core, repo, ref)
  return {
    sha,
    list: [...core.state.statuses.values()]
      .filter((s) => s.repo === repoKey(repo) && s.sha === sha)
      .sort((a, b) => b.id - a.id),
  }
}

/** Commit statuses (the older API some workflows still read) and the combined status. */
export function statusRoutes(): Route[] {
  return [
    defineRoute('POST /repos/{owner}/{repo}/statuses/{sha}', async (req, core) => {
      const repo = repoOf(req, core)
      const body = isJsonObject(req.body) ? req.body : {}
      const sha = await resolveRef(core, repo, param(req, 'sha'))
      if (!sha) throw unprocessable(`No commit found for SHA: ${param(req, 'sha')}`)
      const s: StatusState = {
        id: core.state.nextId('status'),
        repo: repoKey(repo),
        sha,
        state: String(body.state),
        targetUrl: typeof body.target_url === 'string' ? body.target_url : null,
        description: typeof body.description === 'string' ? body.description : null,
        context: typeof body.context === 'string' ? body.context : 'default',
        creator: botLogin(core),
        createdAt: core.state.timestamp(),
      }
      core.state.statuses.set(s.id, s)
      return { status: 201, body: presentStatus(core, repo, s) }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits/{ref}/statuses', async (req, core) => {
      const repo = repoOf(req, core)
      const { list } = await statusesAt(core, repo, param(req, 'ref'))
      return { status: 200, page: { items: list.map((s) => presentStatus(core, repo, s)) } }
    }),
    defineRoute('GET /repos/{owner}/{repo}/commits/{ref}/status', async (req, core) => {
      const repo = repoOf(req, core)
      const { sha, list } = await statusesAt(core, repo, param(req, 'ref'))
      const latest = new Map<string, StatusState>()
      for (const s of list) if (!latest.has(s.context)) latest.set(s.context, s)
      const states = [...latest.values()].map((s) => s.state)
      const state = states.some((s) => s === 'error' || s === 'failure')
        ? 'failure'
        : states.length === 0 || states.includes('pending')
          ? 'pending'
          : 'success'
      const { permissions: _p, ...minimal } = presentRepo(core, repo, 'minimal')
      const items = [...latest.values()].map((s) => {
        const { creator: _c, ...rest } = presentStatus(core, repo, s)
        return rest
      })
      return {
        status: 200,
        page: {
          items,
          wrap: (page, total) => ({
            state,
            statuses: page,
            sha: sha ?? param(req, 'ref'),
            total_count: total,
            repository: minimal,
            commit_url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
            url: `${core.url}/repos/${repo.owner}/${repo.name}/commits/${sha}/status`,
          }),
        },
      }
    }),
  ]
}
